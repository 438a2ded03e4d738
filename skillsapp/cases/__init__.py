"""The confidential case register of the school's designated person (no Qt, no SQL here)."""
