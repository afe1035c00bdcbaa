#!/usr/bin/env bash
# Renders every overlay under k8s/overlays with `kubectl kustomize` (offline: no cluster is contacted) and validates
# the sources and each result with yamllint and scripts/k8s/validate.mjs (Kubernetes schemas and the service's rules).
# Installs yamllint (Debian) and the validator's npm packages when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v yamllint >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq yamllint >/dev/null; }
[ -d scripts/k8s/node_modules ] || npm ci --prefix scripts/k8s --no-audit --no-fund --loglevel=error
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

yamllint -s -c scripts/k8s/yamllint.yaml k8s
for overlay in k8s/overlays/*/; do
    name=$(basename "$overlay")
    # an empty kubeconfig: kubectl must never look for a server
    KUBECONFIG=/dev/null kubectl kustomize "$overlay" > "$out/$name.yaml"
    yamllint -s -c scripts/k8s/yamllint.yaml "$out/$name.yaml"
    node scripts/k8s/validate.mjs "$out/$name.yaml"
done
echo "k8s: every overlay renders and validates"
