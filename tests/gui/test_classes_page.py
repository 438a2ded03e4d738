"""The first window shows the school, its classes and the selected class in class-list order."""

from __future__ import annotations

from skillsapp.domain.names import sort_key
from skillsapp.services import school as school_service


def test_classes_page_shows_selected_class_in_vietnamese_order(window, ctx, qtbot):
    page = window.show_page("classes")
    classes = school_service.classes(ctx.store)
    assert page.class_list.count() == len(classes)
    page.class_list.setCurrentRow(1)
    chosen = classes[1]
    names = [page.model.pupil(r).full_name for r in range(page.model.rowCount())]
    assert len(names) == chosen.pupil_count
    assert names == sorted(names, key=sort_key)
    assert chosen.name in page.class_header.text()


def test_status_bar_names_the_school(window, ctx):
    assert school_service.current_school(ctx.store).name == window.school_label.text()
