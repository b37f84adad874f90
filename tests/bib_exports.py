"""BibTeX as a library exports it, field for field, for the tests that read such entries.

A module of its own, not a test module's constant: importing a test module would run its
module-level code and bring its tests into the importing module's namespace.
"""

from __future__ import annotations

#: A conference paper as the ACM Digital Library exports it: the publisher's place in
#: address, the conference's in location, the conference's short name and year in series.
ACM_PAPER = """@inproceedings{10.1145/3411764.3445488,
author = {Lee, Hyunjin and Ng, Andrew and Wu, Mei},
title = {Reading Maps with a Screen Reader: A Study of Blind Users' Strategies},
year = {2021},
isbn = {9781450380966},
publisher = {Association for Computing Machinery},
address = {New York, NY, USA},
url = {https://doi.org/10.1145/3411764.3445488},
doi = {10.1145/3411764.3445488},
abstract = {Maps are hard to read without sight. We asked 18 blind users how they read them.},
booktitle = {Proceedings of the 2021 CHI Conference on Human Factors in Computing Systems},
articleno = {42},
numpages = {15},
keywords = {accessibility, maps, screen readers},
location = {Yokohama, Japan},
series = {CHI '21}
}
"""

#: Another, with its pages, and a typographic apostrophe in its series.
ACM_PAPER_WITH_PAGES = """@inproceedings{10.1145/3489517.3530572,
author = {Dagli, Ismet and Belviranli, Mehmet E.},
title = {AxoNN: Energy-Aware Execution of Neural Network Inference},
year = {2022},
isbn = {9781450391429},
publisher = {Association for Computing Machinery},
address = {New York, NY, USA},
url = {https://doi.org/10.1145/3489517.3530572},
doi = {10.1145/3489517.3530572},
booktitle = {Proceedings of the 59th ACM/IEEE Design Automation Conference},
pages = {1069–1074},
numpages = {6},
location = {San Francisco, California},
series = {DAC ’22}
}
"""
