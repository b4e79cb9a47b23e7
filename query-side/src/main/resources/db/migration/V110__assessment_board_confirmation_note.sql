-- The bestuurder's optional note with a confirmation ("Akkoord, mits ..."), part of the assessment document.
-- Rows written before this column existed get their note back when the board is rebuilt from the events.
ALTER TABLE assessment_board_confirmation ADD COLUMN note TEXT;
