"""Running a lesson session, as plain data and rules: the part of the session page with no Qt.

- `session_draft`: the session being entered (attendance, answers, tallies) and the draft file
  that keeps it through a closed window or a crash;
- `quiz_entry`: typing quiz answers one key at a time, and the options a tally counts;
- `session_review`: the review step's figures and the problems to fix before saving.

A feature package (it may import domain, store-free services and content, never Qt or the
store): skillsapp.ui.session and skillsapp.ui.models put widgets and Qt models on top of it, and
its rules are tested without a screen (tests/unit/test_lessonrun.py).
"""
