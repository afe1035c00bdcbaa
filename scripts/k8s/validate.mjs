// Validates one rendered overlay (`node validate.mjs rendered.yaml`):
//  - built-in kinds against the Kubernetes OpenAPI schemas (kubernetes-models: types, formats, required fields),
//  - the CloudNativePG Cluster structurally (no schema of it can be installed here),
//  - the rules the service depends on: probes, limits, non-root, read-only root, network policy, no embedded database.
// Exits 1 listing every problem.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const file = process.argv[2];
const docs = parseAllDocuments(readFileSync(file, "utf8")).map((d) => d.toJS()).filter(Boolean);
const problems = [];
const check = (ok, message) => {
    if (!ok) {
        problems.push(message);
    }
    return Boolean(ok);
};
const all = (kind) => docs.filter((d) => d.kind === kind);
const one = (kind) => {
    const found = all(kind);
    check(found.length === 1, `expected one ${kind}, found ${found.length}`);
    return found[0] ?? {};
};
const matches = (selector = {}, labels = {}) =>
    Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels[k] === v);

for (const doc of docs) {
    const name = `${doc.kind}/${doc.metadata?.name}`;
    check(doc.metadata?.namespace, `${name}: no namespace`);
    if (doc.apiVersion === "postgresql.cnpg.io/v1") {
        continue;
    }
    const module = await import(`kubernetes-models/${doc.apiVersion}`).catch(() => ({}));
    const Model = module[doc.kind];
    if (!check(Model, `${name}: unknown apiVersion/kind ${doc.apiVersion}`)) {
        continue;
    }
    try {
        new Model(doc).validate();
    } catch (e) {
        problems.push(`${name}: ${e.message}`);
    }
}

const deployment = one("Deployment");
const pod = deployment.spec?.template ?? {};
const podLabels = pod.metadata?.labels ?? {};
check(deployment.spec?.replicas >= 2, "Deployment: fewer than 2 replicas");
check(deployment.spec?.strategy?.type === "RollingUpdate", "Deployment: not a rolling update");
check(matches(deployment.spec?.selector?.matchLabels, podLabels), "Deployment: selector does not match its pods");
check(pod.spec?.securityContext?.runAsNonRoot === true, "Deployment: runAsNonRoot is not set");
const tmpVolumes = new Set((pod.spec?.volumes ?? []).filter((v) => v.emptyDir).map((v) => v.name));
for (const c of pod.spec?.containers ?? []) {
    const where = `container ${c.name}`;
    for (const [probe, path] of [["startupProbe", "/q/health/started"], ["livenessProbe", "/q/health/live"],
        ["readinessProbe", "/q/health/ready"]]) {
        check(c[probe]?.httpGet?.path === path, `${where}: ${probe} is not on ${path}`);
        check(c[probe]?.httpGet?.port === "management", `${where}: ${probe} is not on the management port`);
    }
    for (const bound of ["requests", "limits"]) {
        check(c.resources?.[bound]?.cpu && c.resources?.[bound]?.memory, `${where}: no cpu and memory ${bound}`);
    }
    const sc = c.securityContext ?? {};
    check(sc.readOnlyRootFilesystem === true, `${where}: root filesystem is writable`);
    check(sc.allowPrivilegeEscalation === false, `${where}: privilege escalation is allowed`);
    check(sc.capabilities?.drop?.includes("ALL"), `${where}: capabilities are not all dropped`);
    check((c.volumeMounts ?? []).some((m) => m.mountPath === "/tmp" && tmpVolumes.has(m.name)),
        `${where}: no emptyDir on /tmp`);
    for (const ref of c.envFrom ?? []) {
        const name = ref.configMapRef?.name;
        check(!name || all("ConfigMap").some((m) => m.metadata.name === name), `${where}: no ConfigMap ${name}`);
    }
    const env = Object.assign({}, ...all("ConfigMap").map((m) => m.data),
        ...(c.env ?? []).map((e) => ({ [e.name]: e.value })));
    check(env.INDICATORS_EMBEDDED_DATABASE === "false", `${where}: INDICATORS_EMBEDDED_DATABASE is not "false"`);
    check(/^jdbc:postgresql:\/\//.test(env.QUARKUS_DATASOURCE_JDBC_URL ?? ""), `${where}: no JDBC URL`);
    const secrets = (c.env ?? []).map((e) => e.valueFrom?.secretKeyRef?.name).filter(Boolean);
    for (const secret of new Set(secrets)) {
        if (!all("Secret").some((s) => s.metadata.name === secret)) {
            console.log(`  note: Secret ${secret} is not in this overlay: it must exist in the namespace before deploying`);
        }
    }
}

const service = one("Service");
check(matches(service.spec?.selector, podLabels), "Service: selector does not match the pods");
const hpa = one("HorizontalPodAutoscaler");
check(hpa.spec?.scaleTargetRef?.name === deployment.metadata?.name, "HorizontalPodAutoscaler: wrong target");
check(hpa.spec?.minReplicas >= 2, "HorizontalPodAutoscaler: fewer than 2 replicas");
const pdb = one("PodDisruptionBudget");
check(matches(pdb.spec?.selector?.matchLabels, podLabels), "PodDisruptionBudget: selector does not match the pods");

const policy = one("NetworkPolicy");
check(matches(policy.spec?.podSelector?.matchLabels, podLabels), "NetworkPolicy: does not select the pods");
check(["Ingress", "Egress"].every((t) => policy.spec?.policyTypes?.includes(t)), "NetworkPolicy: not both directions");
// from anywhere: the API's port only; the management port (health, metrics) only from a selected namespace
const portsOf = (rules) => rules.flatMap((rule) => rule.ports ?? [{ port: "any" }]).map((p) => p.port);
const open = portsOf((policy.spec?.ingress ?? []).filter((rule) => !rule.from?.length));
const restricted = portsOf((policy.spec?.ingress ?? []).filter((rule) => rule.from?.length));
check(open.length > 0 && open.every((p) => p === "http" || p === 8080),
    `NetworkPolicy: ingress from anywhere to ports other than http: ${open}`);
check(restricted.every((p) => p === "management" || p === 9000),
    `NetworkPolicy: restricted ingress to ports other than management: ${restricted}`);
check((policy.spec?.ingress ?? []).filter((rule) => rule.from?.length).every((rule) => rule.from.every((peer) =>
    peer.namespaceSelector?.matchLabels && !peer.ipBlock)), "NetworkPolicy: management port open beyond a namespace");
const servicePorts = (service.spec?.ports ?? []).map((p) => p.targetPort);
check(servicePorts.length > 0 && servicePorts.every((p) => p === "http" || p === 8080),
    `Service: exposes ports other than http: ${servicePorts}`);
const annotations = pod.metadata?.annotations ?? {};
check(annotations["prometheus.io/port"] === "9000", "Deployment: prometheus.io/port is not the management port 9000");
const egressPorts = (policy.spec?.egress ?? []).flatMap((rule) => rule.ports ?? [{ port: "any" }]).map((p) => p.port);
check([5432, 53].every((p) => egressPorts.includes(p)) && !egressPorts.includes("any"),
    `NetworkPolicy: egress must be PostgreSQL and DNS only: ${egressPorts}`);

// A CloudNativePG Cluster, or none when the overlay uses a managed PostgreSQL outside Kubernetes (docs/deployment.md)
const clusters = all("Cluster");
check(clusters.length <= 1, `expected at most one Cluster, found ${clusters.length}`);
const cluster = clusters[0] ?? { metadata: {}, spec: {} };
const spec = cluster.spec;
const known = ["instances", "imageName", "primaryUpdateStrategy", "bootstrap", "postgresql", "affinity", "storage",
    "resources", "monitoring", "backup", "walStorage", "superuserSecret", "enableSuperuserAccess", "description"];
if (clusters.length === 1) {
    check(Object.keys(spec).every((k) => known.includes(k)), `Cluster: unknown spec fields ${Object.keys(spec)}`);
    check(Number.isInteger(spec.instances) && spec.instances >= 2, "Cluster: needs at least 2 instances (a replica)");
    check(/^\d+(\.\d+)?([KMGT]i)?$/.test(spec.storage?.size ?? ""), "Cluster: storage.size is not a quantity");
    const initdb = spec.bootstrap?.initdb ?? {};
    check(initdb.database && initdb.owner && initdb.secret?.name, "Cluster: initdb needs database, owner and secret");
    const url = Object.assign({}, ...all("ConfigMap").map((m) => m.data)).QUARKUS_DATASOURCE_JDBC_URL ?? "";
    check(url.includes(`//${cluster.metadata.name}-rw:5432/${initdb.database}`),
        `ConfigMap: the JDBC URL does not name the Cluster's primary: ${url}`);
}

if (problems.length > 0) {
    console.error(problems.map((p) => `  ${file}: ${p}`).join("\n"));
    process.exit(1);
}
console.log(`  ${file}: ${docs.length} objects valid`);
