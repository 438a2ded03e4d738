from skillsapp.domain.cases import CaseCounts


def test_median_days_odd_even_and_empty():
    assert CaseCounts(first_action_days={0: 2, 5: 1}).median_days() == 0.0
    assert CaseCounts(first_action_days={1: 1, 4: 1}).median_days() == 2.5
    assert CaseCounts().median_days() is None
