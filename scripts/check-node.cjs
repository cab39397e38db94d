// Runs before npm scripts: better-sqlite3 13 segfaults on Node < 22, so stop early with one clear line.
const major = Number(process.versions.node.split('.')[0])
if (major < 22) {
  console.error(
    `Medskapa needs Node.js 22 or newer (24 LTS recommended, see .nvmrc); this is Node ${process.versions.node}.`
  )
  process.exit(1)
}
