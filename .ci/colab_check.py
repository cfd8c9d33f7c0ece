"""Check that every notebook's imports are satisfied by what its first code cell installs, as on a fresh Colab runtime.

The first code cell of a notebook installs the package (`pip install 'gan_anomaly_nb[EXTRAS] @ git+...'` or without
extras) where it is missing. The modules a notebook imports must then come from the standard library, from this
package, or from a distribution that the install brings: the requirements of settings.ini, those of the named extras,
and what those require in turn (read from the installed distributions' metadata).

    python .ci/colab_check.py
"""
import ast, re, sys
from configparser import ConfigParser
from importlib import metadata
from pathlib import Path
import nbformat
from packaging.requirements import Requirement

root = Path(__file__).resolve().parent.parent
cfg = ConfigParser(delimiters=['=']); cfg.read(root/'settings.ini')
cfg = cfg['DEFAULT']
norm = lambda name: re.sub(r'[-_.]+', '-', name).lower()

def closure(reqs):
    "Distributions that installing `reqs` brings (the installed ones, with their own requirements, recursively)"
    seen, todo = set(), [Requirement(r).name for r in reqs]
    while todo:
        name = norm(todo.pop())
        if name in seen: continue
        seen.add(name)
        try: deps = metadata.requires(name) or []
        except metadata.PackageNotFoundError: continue
        todo += [Requirement(d).name for d in deps if 'extra ==' not in d]
    return seen

base = cfg['requirements'].split()
extras = {k[:-len('_requirements')]: v.split() for k, v in cfg.items()
          if k.endswith('_requirements') and k not in ('requirements', 'pip_requirements')}
module_dists = {m: {norm(d) for d in ds} for m, ds in metadata.packages_distributions().items()}
stdlib, failures = set(sys.stdlib_module_names), []
for path in sorted((root/'nbs').rglob('*.ipynb')):
    if any(p.startswith(('_', '.')) for p in path.relative_to(root/'nbs').parts): continue
    cells = [c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == 'code']
    first = next((c for c in cells if not c.lstrip().startswith('#| default_exp')), '')
    m = re.search(r"gan_anomaly_nb(?:\[([\w,]+)\])? @ git\+|'git\+https://github.com/gan-anomaly-nb", first)
    if not m and path.name != 'index.ipynb':
        failures.append(f"{path.relative_to(root)}: the first code cell does not install the package"); continue
    names = (m.group(1) or '').split(',') if m and m.group(1) else []
    allowed = closure(base + [r for n in names for r in extras.get(n, [])])
    for src in cells:
        code = '\n'.join(l for l in src.splitlines() if not l.lstrip().startswith(('%', '!')))
        try: tree = ast.parse(code)
        except SyntaxError: continue
        mods = {a.name.split('.')[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        mods |= {n.module.split('.')[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module and not n.level}
        for mod in sorted(mods - stdlib - {'gan_anomaly_nb', 'google'}):
            dists = module_dists.get(mod, {norm(mod)})
            if not dists & allowed:
                failures.append(f"{path.relative_to(root)} imports {mod} ({', '.join(sorted(dists))}), which its first cell "
                                f"does not install (extras: {names or 'none'})")
if failures: sys.exit('\n'.join(failures))
print("every notebook's imports are installed by its first cell")
