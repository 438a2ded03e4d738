"""Answer cards (issue 18): one printed marker card per pupil, held up in one of four
orientations and read by the teacher's webcam or a photo, fully offline (no Qt here)."""
