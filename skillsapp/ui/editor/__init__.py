"""The lesson editor (issue 19): copy and adapt a lesson as the teacher's own, every field in
Vietnamese and English, checked as you type, previewed live, with undo, redo and autosave."""
