"""Write README.md from nbs/index.ipynb without Quarto (nbconvert's markdown export), or check that it is in step.

    python .ci/readme.py           # write README.md (and its images under nbs/index_files/)
    python .ci/readme.py --check   # fail if README.md differs from what index.ipynb gives
"""
import re, sys
from pathlib import Path
import nbformat
from nbconvert import MarkdownExporter
from nbconvert.preprocessors import TagRemovePreprocessor

root = Path(__file__).resolve().parent.parent
nb = nbformat.read(root/'nbs'/'index.ipynb', as_version=4)
# drop hidden cells, and nbdev's `#|` directives from the others, as the docs do
nb.metadata['language_info'] = {'name': 'python'}   # fenced code blocks marked as Python
nb.cells = [c for c in nb.cells if not re.search(r'^#\|\s*hide\s*$', c.source, re.M)]
for c in nb.cells:
    if c.cell_type != 'code': continue
    if re.search(r'^#\|\s*echo:\s*false\s*$', c.source, re.M): c.metadata['tags'] = ['remove_input']   # output only
    c.source = re.sub(r'^#\|.*\n?', '', c.source, flags=re.M)
exporter = MarkdownExporter()
exporter.register_preprocessor(TagRemovePreprocessor(remove_input_tags={'remove_input'}), enabled=True)
body, res = exporter.from_notebook_node(nb, resources={'output_files_dir': 'nbs/index_files'})
body = re.sub(r'\n{3,}', '\n\n', body).strip() + '\n'
readme = root/'README.md'
if '--check' in sys.argv:
    if not readme.exists() or readme.read_text() != body:
        sys.exit("README.md is not in step with nbs/index.ipynb: run `python .ci/readme.py` and commit")
    missing = [n for n in res.get('outputs', {}) if not (root/n).exists()]
    if missing: sys.exit(f"README images missing: {missing}: run `python .ci/readme.py` and commit")
    print("README.md is in step with nbs/index.ipynb")
else:
    readme.write_text(body)
    for name, data in res.get('outputs', {}).items():
        (root/name).parent.mkdir(parents=True, exist_ok=True); (root/name).write_bytes(data)
    print(f"wrote README.md and {len(res.get('outputs', {}))} images")
