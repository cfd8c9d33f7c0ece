"""Check the 120-character line limit of the exported code (gan_anomaly_nb/*.py).

nbdev writes two kinds of lines that are not code written in the notebooks and are left out: the module docstring
(the notebook's subtitle, prose) and the `__all__` list it generates.

    python .ci/line_length.py
"""
import re, sys
from pathlib import Path

LIMIT, root = 120, Path(__file__).resolve().parent.parent
long = []
for f in sorted((root/'gan_anomaly_nb').glob('*.py')):
    if f.name == '_modidx.py': continue
    lines, generated = f.read_text().splitlines(), False
    for i, line in enumerate(lines, 1):
        if line.startswith('# %%'): generated = line.startswith('# %% auto')
        if i == 1 and line.startswith('"""') or generated: continue
        if len(line) > LIMIT: long.append(f"{f.relative_to(root)}:{i}: {len(line)} characters")
if long: sys.exit(f"{len(long)} lines of exported code exceed {LIMIT} characters (edit the notebooks, then nbdev_export):\n"
                  + '\n'.join(long))
print(f"line limit: every line of exported code is at most {LIMIT} characters")
