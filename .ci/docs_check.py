"""Check the docs without Quarto: nbdev's notebook processing runs over every notebook without error, and every
processed notebook renders to HTML (nbconvert), with its saved plots.

    python .ci/docs_check.py
"""
import subprocess, sys
from pathlib import Path
import nbformat
from nbconvert import HTMLExporter

root = Path(__file__).resolve().parent.parent
sidebar = (root/'nbs'/'sidebar.yml').read_text()      # --force regenerates it: keep the curated one
r = subprocess.run(['nbdev_proc_nbs', '--force'], cwd=root, capture_output=True, text=True)
(root/'nbs'/'sidebar.yml').write_text(sidebar)
if r.returncode or 'Error in notebook' in r.stderr + r.stdout:
    sys.exit(f"nbdev_proc_nbs failed:\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}")
src = {p.relative_to(root/'nbs') for p in (root/'nbs').rglob('*.ipynb') if not any(part.startswith(('_', '.')) for part in p.relative_to(root/'nbs').parts)}
proc = {p.relative_to(root/'_proc') for p in (root/'_proc').rglob('*.ipynb')}
if src - proc: sys.exit(f"nbdev_proc_nbs did not process {sorted(map(str, src - proc))}")
exporter, failures = HTMLExporter(), []
base = exporter.from_notebook_node(nbformat.v4.new_notebook())[0].count('data:image/png;base64')   # the template's own
for rel in sorted(proc):
    nb = nbformat.read(root/'_proc'/rel, as_version=4)
    html, _ = exporter.from_notebook_node(nb)
    n_png = sum('image/png' in o.get('data', {}) for c in nb.cells if c.cell_type == 'code' for o in c.get('outputs', []))
    n_img = html.count('data:image/png;base64') - base
    if n_img < n_png: failures.append(f"{rel}: {n_png} plots saved, {n_img} rendered")
    print(f"{str(rel):32} {len(html) // 1024:6} KiB of HTML, {n_img} images")
# every notebook is in the sidebar, named or matched by a section's glob (so a new detector's notebook needs no edit)
import fnmatch, re as _re
entries = _re.findall(r'^\s*(?:-\s*|contents:\s*)([\w./*-]+\.ipynb)\s*$', sidebar, _re.M)
for rel in sorted(src):
    if not any(fnmatch.fnmatch(str(rel), e) for e in entries): failures.append(f"{rel} is not in nbs/sidebar.yml")
if failures: sys.exit('\n'.join(failures))
print(f"docs check passed: {len(proc)} notebooks processed and rendered")
