"""Signed lesson packs (`.knsl`): a department sends updated and new lessons to its schools by
file, signed with its sync device key; a school verifies and installs them beside its database.

The content layer merges the installed lessons by version (skillsapp.content.library); this
package builds, reads, verifies, installs and removes the files.
"""
