"""lawgov_nlp.dask on a real two-worker LocalCluster (processes, one thread each)."""
import shutil
from pathlib import Path

import pandas as pd
import pytest

distributed = pytest.importorskip("distributed")
pytest.importorskip("dask.dataframe")

import lawgov_nlp  # noqa: E402
import lawgov_nlp.dask as ldask  # noqa: E402
from lawgov_nlp.frame import FILE_COLUMNS, FILE_ERROR_COLUMNS  # noqa: E402

SEEDS = sorted(Path(__file__).resolve().parents[1].joinpath("seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        # by the scheduler's address, as with an existing cluster (README: Client("tcp://host:8786"))
        assert cluster.scheduler_address.startswith("tcp://")
        with distributed.Client(cluster.scheduler_address) as c:
            yield c


@pytest.fixture()
def inputs(tmp_path):
    paths = []
    for i in range(3):
        for seed in SEEDS:
            p = tmp_path / f"{seed.stem}_{i}.txt"
            shutil.copy(seed, p)
            paths.append(p)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 truncated")
    # a broken file in the middle, a text, and a file that is not there
    return paths[:3] + [broken] + paths[3:] + [("short", "共受理审批事项1818件，办结率100％。"), tmp_path / "missing.txt"]


def test_dask_frame_equals_extract_many(inputs, client):
    ddf = ldask.extract(inputs, client=client, npartitions=4)
    assert ddf.npartitions == 4
    assert {c: str(t) for c, t in ddf.dtypes.items()} == FILE_ERROR_COLUMNS  # the declared meta
    got = ddf.compute().reset_index(drop=True)
    assert {c: str(t) for c, t in got.dtypes.items()} == FILE_ERROR_COLUMNS

    # the same rows, values, dtypes and order as extract_many with errors as rows
    pd.testing.assert_frame_equal(got, lawgov_nlp.extract_many(inputs, errors="rows"), check_exact=True)

    # errors are rows, in input order, with their code and reason
    errors = got[got["error_code"].notna()]
    assert list(errors["doc_id"]) == ["broken", "missing"]
    assert list(errors["error_code"]) == ["E008", "E004"]
    assert errors["error"].str.len().min() > 0 and (errors["start"] == -1).all()
    assert errors["text"].isna().all() and errors["source"].notna().all()

    # without the error rows it is extract_many's default frame, whose errors are in attrs
    want = lawgov_nlp.extract_many(inputs)
    mentions = got[got["error_code"].isna()].drop(columns=["error_code", "error"]).reset_index(drop=True)
    pd.testing.assert_frame_equal(mentions, want, check_exact=True)
    assert list(mentions.columns) == list(FILE_COLUMNS)
    assert [e["doc_id"] for e in want.attrs["errors"]] == ["broken", "missing"]


def test_pipeline_loaded_once_per_worker(inputs, client):
    ldask.extract(inputs * 2, client=client, npartitions=8).compute()

    def loads():
        from lawgov_nlp.language import default_pipeline
        from lawgov_nlp.tagging.jieba_tagger import _shared

        return default_pipeline.cache_info().misses, _shared.cache_info().misses

    per_worker = client.run(loads)
    assert len(per_worker) == 2
    # 8 partitions (and the tasks of the test before) on 2 workers: loaded at most once in each
    assert set(per_worker.values()) <= {(0, 0), (1, 1)} and (1, 1) in per_worker.values()


def test_without_a_client_and_empty_input():
    texts = [("a", "罚款15.7万元。"), ("b", "没有数字。")]
    df = ldask.extract(texts).compute(scheduler="sync").reset_index(drop=True)
    pd.testing.assert_frame_equal(df, lawgov_nlp.extract_many(texts, errors="rows"))
    empty = ldask.extract([]).compute(scheduler="sync")
    assert empty.empty and list(empty.columns) == list(FILE_ERROR_COLUMNS)
