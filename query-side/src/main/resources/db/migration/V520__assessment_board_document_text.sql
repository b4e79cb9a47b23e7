-- The assessment board's document and its as-of snapshots are stored as text, the json that the projection wrote:
-- nothing queries into them (the board and the as-of view read a document whole and parse it in Java), and the
-- conversion to jsonb was about half of the PostgreSQL CPU of each write (docs/performance.md, branch boardtext).
-- Rows keep their content: a converted row holds jsonb's text of the same document (object keys in jsonb's order),
-- which reads back as the same document, so no token is reset.
ALTER TABLE assessment_board ALTER COLUMN document TYPE TEXT USING document::text;
ALTER TABLE assessment_document_snapshot ALTER COLUMN document TYPE TEXT USING document::text;
