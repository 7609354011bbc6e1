"""The gold-writing helpers of ``benchmarks/reports/annotation/ann_lib.py``
(M, build, show), with the measure units the real-style reports add."""
import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "_reports_ann_lib", Path(__file__).resolve().parents[2] / "annotation" / "ann_lib.py")
_base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_base)
_base.MEAS.update({"千克", "亩", "公顷", "立方米", "分"})

M, build, show, kind_of = _base.M, _base.build, _base.show, _base.kind_of
