/**
 * The tables of an Analysis's rows (entities, events and their actors, attributions, frames, times),
 * written in SQL that SQLite and PostgreSQL both accept: the first migration of each store includes
 * them as they are (src/store/sqlite/migrations.ts, src/store/postgres/migrations.ts), so the rows
 * that src/store/analysis-rows.ts writes have one shape in both.
 */
export const ANALYSIS_ROW_TABLES = `CREATE TABLE entities (
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  entity_id TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text TEXT NOT NULL,
  type TEXT NOT NULL,
  actor_code TEXT,
  actor_name TEXT,
  country TEXT,
  latin TEXT,
  PRIMARY KEY (document_id, entity_id)
);
CREATE INDEX entities_actor ON entities (actor_code) WHERE actor_code IS NOT NULL;

CREATE TABLE events (
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  event_id TEXT NOT NULL,
  type TEXT NOT NULL,
  mode TEXT,
  cameo TEXT,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  trigger_text TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  location_text TEXT,
  location_name TEXT,
  location_country TEXT,
  date_text TEXT,
  date_value TEXT,
  negated INTEGER NOT NULL,
  modality TEXT NOT NULL,
  attribution_id TEXT,
  summary TEXT NOT NULL,
  PRIMARY KEY (document_id, event_id)
);
CREATE INDEX events_type ON events (type);

CREATE TABLE event_actors (
  document_id TEXT NOT NULL,
  event_id TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('actor', 'recipient', 'mediator')),
  position INTEGER NOT NULL,
  code TEXT,
  text TEXT NOT NULL,
  entity_id TEXT,
  name TEXT,
  PRIMARY KEY (document_id, event_id, role, position),
  FOREIGN KEY (document_id, event_id) REFERENCES events (document_id, event_id) ON DELETE CASCADE
);
CREATE INDEX event_actors_code ON event_actors (code) WHERE code IS NOT NULL;

CREATE TABLE attributions (
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  attribution_id TEXT NOT NULL,
  speaker_text TEXT NOT NULL,
  speaker_kind TEXT NOT NULL,
  speaker_code TEXT,
  speaker_start INTEGER NOT NULL,
  speaker_end INTEGER NOT NULL,
  cue_text TEXT NOT NULL,
  content_start INTEGER NOT NULL,
  content_end INTEGER NOT NULL,
  direct INTEGER NOT NULL,
  via TEXT NOT NULL,
  PRIMARY KEY (document_id, attribution_id)
);

CREATE TABLE frames (
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  target TEXT,
  neutral TEXT,
  PRIMARY KEY (document_id, position)
);

CREATE TABLE times (
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text TEXT NOT NULL,
  value TEXT,
  precision TEXT,
  calendar TEXT NOT NULL,
  PRIMARY KEY (document_id, position)
);
`
