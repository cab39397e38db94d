import type { WritableDB } from '../types.ts'

// Schema v1 covers the whole domain so later capabilities add columns, not redesigns.
// Booleans are 0/1 integers; id lists are JSON arrays; times are epoch milliseconds.
export default function migrate0001(db: WritableDB): void {
  db.exec(`
    CREATE TABLE workshop (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      method_id TEXT NOT NULL,
      purpose TEXT NOT NULL DEFAULT '',
      organiser TEXT NOT NULL DEFAULT '',
      commissioned_by TEXT NOT NULL DEFAULT '',
      municipality TEXT NOT NULL DEFAULT '',
      department TEXT NOT NULL DEFAULT '',
      place TEXT NOT NULL DEFAULT '',
      participation_level TEXT,
      language TEXT NOT NULL DEFAULT 'sv',
      current_meeting_id TEXT,
      current_phase_id TEXT,
      anchoring_override TEXT,
      participant_info_given_at INTEGER,
      show_authors_on_projector INTEGER NOT NULL DEFAULT 0 CHECK (show_authors_on_projector IN (0, 1)),
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE bodies (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      abbreviation TEXT NOT NULL DEFAULT '',
      kind TEXT NOT NULL DEFAULT 'namnd',
      contact TEXT NOT NULL DEFAULT '',
      answer_by TEXT,
      is_receiver INTEGER NOT NULL DEFAULT 0 CHECK (is_receiver IN (0, 1)),
      position REAL NOT NULL DEFAULT 0
    ) STRICT;

    CREATE TABLE meetings (
      id TEXT PRIMARY KEY,
      position REAL NOT NULL,
      title TEXT NOT NULL DEFAULT '',
      date TEXT,
      place TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'planned',
      participant_count INTEGER
    ) STRICT;

    CREATE TABLE phases (
      id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      position REAL NOT NULL,
      kind TEXT NOT NULL,
      title TEXT NOT NULL DEFAULT '',
      prompt TEXT NOT NULL DEFAULT '',
      guidance TEXT NOT NULL DEFAULT '',
      duration_sec INTEGER NOT NULL DEFAULT 0,
      state TEXT NOT NULL DEFAULT 'pending',
      timer_started_at INTEGER,
      timer_elapsed_ms INTEGER NOT NULL DEFAULT 0,
      timer_duration_ms INTEGER NOT NULL DEFAULT 0,
      silent INTEGER NOT NULL DEFAULT 0 CHECK (silent IN (0, 1)),
      dots_per_participant INTEGER NOT NULL DEFAULT 3,
      max_dots_per_item INTEGER NOT NULL DEFAULT 3,
      vote_target TEXT NOT NULL DEFAULT 'sticky',
      votes_revealed INTEGER NOT NULL DEFAULT 0 CHECK (votes_revealed IN (0, 1))
    ) STRICT;
    CREATE INDEX phases_by_meeting ON phases(meeting_id, position);

    CREATE TABLE clusters (
      id TEXT PRIMARY KEY,
      phase_id TEXT NOT NULL REFERENCES phases(id) ON DELETE CASCADE,
      title TEXT NOT NULL DEFAULT '',
      title_custom INTEGER NOT NULL DEFAULT 0 CHECK (title_custom IN (0, 1)),
      position REAL NOT NULL DEFAULT 0,
      collapsed INTEGER NOT NULL DEFAULT 0 CHECK (collapsed IN (0, 1)),
      happening INTEGER NOT NULL DEFAULT 0 CHECK (happening IN (0, 1)),
      created_at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX clusters_by_phase ON clusters(phase_id, position);

    CREATE TABLE stickies (
      id TEXT PRIMARY KEY,
      phase_id TEXT NOT NULL REFERENCES phases(id) ON DELETE CASCADE,
      text TEXT NOT NULL,
      colour TEXT NOT NULL DEFAULT 'yellow',
      author_label TEXT,
      hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
      source TEXT NOT NULL DEFAULT 'facilitator',
      status TEXT NOT NULL DEFAULT 'board',
      cluster_id TEXT REFERENCES clusters(id) ON DELETE SET NULL,
      position REAL NOT NULL DEFAULT 0,
      happening INTEGER NOT NULL DEFAULT 0 CHECK (happening IN (0, 1)),
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX stickies_by_phase ON stickies(phase_id, position);
    CREATE INDEX stickies_by_cluster ON stickies(cluster_id);

    CREATE TABLE votes (
      id TEXT PRIMARY KEY,
      phase_id TEXT NOT NULL REFERENCES phases(id) ON DELETE CASCADE,
      target_type TEXT NOT NULL CHECK (target_type IN ('sticky', 'cluster')),
      target_id TEXT NOT NULL,
      voter TEXT NOT NULL,
      count INTEGER NOT NULL DEFAULT 0,
      UNIQUE (phase_id, target_type, target_id, voter)
    ) STRICT;

    CREATE TABLE countermeasures (
      id TEXT PRIMARY KEY,
      sticky_id TEXT REFERENCES stickies(id) ON DELETE CASCADE,
      cluster_id TEXT REFERENCES clusters(id) ON DELETE CASCADE,
      text TEXT NOT NULL,
      owner TEXT NOT NULL DEFAULT '',
      due TEXT NOT NULL DEFAULT '',
      position REAL NOT NULL DEFAULT 0,
      created_at INTEGER NOT NULL,
      CHECK ((sticky_id IS NULL) <> (cluster_id IS NULL))
    ) STRICT;

    CREATE TABLE notes (
      id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      phase_id TEXT REFERENCES phases(id) ON DELETE CASCADE,
      lexical_json TEXT NOT NULL,
      plain_text TEXT NOT NULL DEFAULT '',
      updated_at INTEGER NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX notes_one_per_place ON notes(meeting_id, ifnull(phase_id, ''));

    CREATE TABLE effect_rows (
      id TEXT PRIMARY KEY,
      goal_area TEXT NOT NULL DEFAULT '',
      long_term TEXT NOT NULL DEFAULT '',
      short_term TEXT NOT NULL DEFAULT '',
      output TEXT NOT NULL DEFAULT '',
      activity TEXT NOT NULL DEFAULT '',
      responsible_ids TEXT NOT NULL DEFAULT '[]',
      time TEXT NOT NULL DEFAULT '',
      resources TEXT NOT NULL DEFAULT '',
      collab_now TEXT,
      collab_needed TEXT,
      source_type TEXT,
      source_id TEXT,
      position REAL NOT NULL DEFAULT 0
    ) STRICT;

    CREATE TABLE proposals (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL DEFAULT 'recommendation',
      text TEXT NOT NULL,
      theme TEXT NOT NULL DEFAULT '',
      owner TEXT NOT NULL DEFAULT '',
      receiver_ids TEXT NOT NULL DEFAULT '[]',
      source_cluster_id TEXT REFERENCES clusters(id) ON DELETE SET NULL,
      position REAL NOT NULL DEFAULT 0,
      created_at INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE responses (
      id TEXT PRIMARY KEY,
      proposal_id TEXT NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
      body_id TEXT NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
      date TEXT,
      decision TEXT NOT NULL DEFAULT 'not_answered',
      commitment TEXT NOT NULL DEFAULT '',
      responsible TEXT NOT NULL DEFAULT '',
      due TEXT NOT NULL DEFAULT '',
      created_at INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE feedback (
      id TEXT PRIMARY KEY,
      date TEXT,
      channel TEXT NOT NULL DEFAULT '',
      text TEXT NOT NULL DEFAULT '',
      created_at INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE known_names (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL
    ) STRICT;

    CREATE TABLE questions (
      id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      text TEXT NOT NULL,
      resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),
      position REAL NOT NULL DEFAULT 0
    ) STRICT;

    CREATE TABLE summaries (
      id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      version INTEGER NOT NULL,
      created_at INTEGER NOT NULL,
      approved_at INTEGER,
      snapshot_json TEXT NOT NULL,
      UNIQUE (meeting_id, version)
    ) STRICT;

    CREATE TABLE corrections (
      id TEXT PRIMARY KEY,
      summary_id TEXT NOT NULL REFERENCES summaries(id) ON DELETE CASCADE,
      description TEXT NOT NULL DEFAULT '',
      target_type TEXT NOT NULL DEFAULT '',
      target_id TEXT NOT NULL DEFAULT '',
      before TEXT NOT NULL DEFAULT '',
      after TEXT NOT NULL DEFAULT '',
      created_at INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE settings (
      id TEXT PRIMARY KEY,
      value_json TEXT NOT NULL
    ) STRICT;

    CREATE TABLE dismissals (
      id TEXT PRIMARY KEY,
      created_at INTEGER NOT NULL
    ) STRICT;

    -- Board operations as row-level before/after images, so undo survives a restart. Undone
    -- entries are always the newest ones (a stack), so rowid ranges find both tops without an index.
    CREATE TABLE undo_log (
      seq INTEGER PRIMARY KEY,
      label TEXT NOT NULL,
      changes_json TEXT NOT NULL,
      undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
      created_at INTEGER NOT NULL
    ) STRICT;
  `)
}
