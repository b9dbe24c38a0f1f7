#!/usr/bin/env python3
"""Fails when a string's translation context at run time differs from the one lupdate files it under.

Core files without Q_OBJECT translate through a local wrapper, `QString tr(...) { return
QCoreApplication::translate("CTX", ...); }`. lupdate does not see the wrapper: it names the context after the
enclosing class or namespace, so a call in an anonymous-namespace helper or in another class's member lands in a
context the program never asks for, and the official reads English. Usage: check-tr-contexts.py LUPDATE SOURCE_DIR
"""
import collections, glob, html, os, re, subprocess, sys, tempfile

lupdate, root = sys.argv[1], os.path.abspath(sys.argv[2])
with tempfile.TemporaryDirectory() as tmp:
    ts = os.path.join(tmp, 'check.ts')
    subprocess.run([lupdate, '-silent', '-locations', 'absolute', 'app', 'ui', 'models', '-ts', ts], cwd=root,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    text = open(ts, encoding='utf-8').read()

located = collections.defaultdict(list)
for ctx in re.finditer(r'<context>\s*<name>([^<]*)</name>(.*?)</context>', text, re.S):
    for msg in re.finditer(r'<message[^>]*>(.*?)</message>', ctx.group(2), re.S):
        source = html.unescape(re.search(r'<source>([^<]*)</source>', msg.group(1)).group(1))
        for loc in re.finditer(r'<location filename="([^"]*)" line="(\d+)"', msg.group(1)):
            located[os.path.normpath(os.path.join(tmp, loc.group(1)))].append((int(loc.group(2)), ctx.group(1), source))

wrapper = re.compile(r'QString tr\([^)]*\)\s*\{\s*return QCoreApplication::translate\("([^"]+)"')
bad = 0
for path in sorted(p for d in ('app', 'ui', 'models') for p in glob.glob(os.path.join(root, d, '**', '*.cpp'), recursive=True)):
    rel = os.path.relpath(path, root)
    text = open(path, encoding='utf-8').read()
    found = wrapper.findall(text)
    if not found:
        continue
    lines = text.split('\n')
    for line, ctx, source in located.get(os.path.normpath(path), []):
        explicit = f'translate("{ctx}"' in lines[line - 1] or f'QT_TRANSLATE_NOOP("{ctx}"' in lines[line - 1]
        if ctx != found[0] and not explicit:
            bad += 1
            print(f'{rel}:{line}: filed under "{ctx}" but translated at run time as "{found[0]}": {source[:60]}')
print(f'{bad} string(s) in a context the program never asks for')
sys.exit(1 if bad else 0)
