"""What the schema is called, without the code that builds it: the app's start reads these.

Opening a file whose schema is current needs only the names of the migrations this app knows
(to see that none is pending and none is from a newer app); the migrations themselves live in
skillsapp.store.schema, which loads sqlite-utils and is imported only when a file needs
migrating. tests/unit/test_store_light.py checks that MIGRATION_NAMES lists exactly the
migrations schema.py registers, in order.
"""

from __future__ import annotations

MIGRATION_SET = "skillsapp"

# Every migration in skillsapp.store.schema, in order: add the new one's name here too.
MIGRATION_NAMES = (
    "m001_initial",
    "m002_plan_receipts_quiz_mode",
    "m003_aggregate_report",
    "m004_sync",
    "m005_sync_trust",
    "m006_cases",
    "m007_roster_imports",
    "m008_card_numbers",
    "m010_own_lessons",
    "m011_school_years",
    "m012_sites_mixed",
    "m013_quiz_order",
)

SCHEMA_VERSION = len(MIGRATION_NAMES)

# Tables whose rows travel in packages, parents before children.
TRAVELLING_TABLES = (
    "school",
    "site",
    "school_class",
    "pupil",
    "session",
    "attendance",
    "quiz_answer",
    "quiz_tally",
    "plan_task",
    "own_lesson",
)
