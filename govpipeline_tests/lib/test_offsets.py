from govpipeline.lib.offsets import OffsetMap, apply_edits, compose


def test_apply_edits_maps_back():
    src = "ab(x)cdef"
    out, m = apply_edits(src, [(2, 5, ""), (6, 7, "D")])
    assert out == "abcDef"
    for i, ch in enumerate(out):
        assert src[m.source_start(i):m.source_end(i + 1)].lower() == ch.lower()


def test_compose_two_steps():
    src = "網(wǎng)站 １２件"
    t1, m1 = apply_edits(src, [(1, 7, "")])          # drop the gloss
    t2, m2 = apply_edits(t1, [(2, 3, "")])            # drop the space
    m = compose(m2, m1)
    assert t2 == "網站１２件"
    i = t2.index("１２件")
    assert src[m.source_start(i):m.source_end(i + 3)] == "１２件"


def test_storage_round_trip():
    m = OffsetMap(((0, 0, 3), (3, 7, 4)), 7, 11)
    assert OffsetMap.from_list(m.to_list(), 7, 11) == m
    assert OffsetMap.identity(5).source_end(5) == 5
