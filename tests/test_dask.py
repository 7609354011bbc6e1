"""lawgov_nlp.dask on a real two-worker LocalCluster."""
import shutil
from pathlib import Path

import pandas as pd
import pytest

distributed = pytest.importorskip("distributed")

import lawgov_nlp  # noqa: E402
import lawgov_nlp.dask as ldask  # noqa: E402

SEEDS = sorted(Path(__file__).resolve().parents[1].joinpath("seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as c:
        yield c


def _corpus(tmp_path):
    paths = []
    for i in range(3):
        for seed in SEEDS:
            p = tmp_path / f"{seed.stem}_{i}.txt"
            shutil.copy(seed, p)
            paths.append(p)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 truncated")
    return paths + [broken]


def test_dask_frame_equals_extract_many(tmp_path, client):
    inputs = _corpus(tmp_path)
    ddf = ldask.extract(inputs, client=client, npartitions=4)
    assert list(ddf.columns) == list(ldask.DASK_COLUMNS)
    got = ddf.compute().reset_index(drop=True)
    assert {c: str(t) for c, t in got.dtypes.items()} == ldask.DASK_COLUMNS

    errors = got[got["error_code"].notna()]
    assert list(errors["doc_id"]) == ["broken"] and errors["error_code"].iloc[0] == "E008"

    want = lawgov_nlp.extract_many(inputs)
    mentions = got[got["error_code"].isna()].drop(columns=["error_code", "error"]).reset_index(drop=True)
    pd.testing.assert_frame_equal(mentions, want.reset_index(drop=True), check_like=False)
    assert [e["doc_id"] for e in want.attrs["errors"]] == ["broken"]


def test_pipeline_loaded_once_per_worker(tmp_path, client):
    ldask.extract(_corpus(tmp_path), client=client, npartitions=6).compute()

    def loads():
        from lawgov_nlp.language import default_pipeline

        return default_pipeline.cache_info().misses

    assert set(client.run(loads).values()) <= {0, 1}
