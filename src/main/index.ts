// Electron entry point. The shell lives in ./electron/; everything else runs in plain Node too.
import { startShell } from './electron/lifecycle.ts'

startShell({ argv: process.argv, cwd: process.cwd(), env: process.env })
