"""Checks every relative link of the repository's Markdown files: the file must exist and, for a link with #anchor,
the heading must exist in it (GitHub's anchor rules). Links to other sites are not fetched (CI has no network).

Usage: python3 scripts/check-links.py   (from anywhere; exit status 1 with a line per broken link)
"""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LINK = re.compile(r'(?<!!)\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)')
FENCE = re.compile(r'^```.*?^```', re.S | re.M)


def anchors(path):
    text = FENCE.sub('', open(path, encoding='utf-8').read())
    seen = {}
    result = set()
    for heading in re.findall(r'^#{1,6}\s+(.*?)\s*#*\s*$', text, re.M):
        slug = re.sub(r'[^\w\- ]', '', heading.strip().lower()).replace(' ', '-')
        n = seen.get(slug, 0)
        seen[slug] = n + 1
        result.add(slug if n == 0 else '%s-%d' % (slug, n))
    return result


def markdown_files():
    listed = subprocess.run(['git', 'ls-files', '--cached', '--others', '--exclude-standard', '*.md'], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout.split()
    return [f for f in listed if 'node_modules' not in f]


def main():
    broken = []
    count = 0
    for md in markdown_files():
        text = FENCE.sub('', open(os.path.join(ROOT, md), encoding='utf-8').read())
        for target in LINK.findall(text):
            if re.match(r'[a-z][a-z0-9+.-]*:', target):
                continue
            count += 1
            file, _, anchor = target.partition('#')
            path = os.path.normpath(os.path.join(ROOT, os.path.dirname(md), file)) if file else os.path.join(ROOT, md)
            if not os.path.exists(path):
                broken.append('%s: %s (no such file)' % (md, target))
            elif anchor and path.endswith('.md') and anchor not in anchors(path):
                broken.append('%s: %s (no such heading)' % (md, target))
    for line in broken:
        print('broken link in ' + line)
    print('%d relative links checked in %d Markdown files, %d broken' % (count, len(markdown_files()), len(broken)))
    return 1 if broken else 0


if __name__ == '__main__':
    sys.exit(main())
