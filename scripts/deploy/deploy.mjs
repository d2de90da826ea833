// The logic of scripts/deploy-functions.mjs, apart so a test can drive it with a fake CLI.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The options of one deploy from argv and the environment.
 * @example parseDeployArgs(['--only', 'info'], { ENV_ID: 'prod-1a2b' }) // { env: 'prod-1a2b', only: ['info'], cli: [...], … }
 */
export function parseDeployArgs(argv, env) {
  const out = { env: env.ENV_ID, only: null, cli: splitCommand(env.TCB_CLI ?? 'npx --yes @cloudbase/cli'), uploader: null, appid: env.MP_APPID, privateKey: env.MP_PRIVATE_KEY_PATH };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--env' || a === '-e') out.env = value();
    else if (a === '--only') out.only = value().split(',').filter(Boolean);
    else if (a === '--cli') out.cli = splitCommand(value());
    else if (a === '--uploader') out.uploader = splitCommand(value());
    else if (a === '--appid') out.appid = value();
    else if (a === '--private-key') out.privateKey = value();
    else throw new Error(`unknown argument ${a}`);
  }
  if (!out.env) throw new Error('which CloudBase environment? set ENV_ID or pass --env <id>');
  return out;
}

/** 'npx --yes @cloudbase/cli' → ['npx', '--yes', '@cloudbase/cli'] (no quoting needed here). */
function splitCommand(command) {
  return command.trim().split(/\s+/);
}

function run(command, args, cwd) {
  const [cmd, ...pre] = command;
  const r = spawnSync(cmd, [...pre, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 10 * 60_000 });
  return { status: r.status ?? 1, out: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

/** The JSON a `--json` command printed (the last {...} block of its output), or null. */
export function lastJson(text) {
  const start = text.indexOf('{');
  if (start === -1) return null;
  for (let i = start; i !== -1; i = text.indexOf('{', i + 1)) {
    try {
      return JSON.parse(text.slice(i));
    } catch {
      // try the next brace
    }
  }
  return null;
}

/**
 * What is wrong with a deployed function, compared with its cloudbaserc.json entry
 * (`tcb fn detail --json` prints SCF's GetFunction answer, possibly under `data`).
 * @example detailProblems({ Status: 'Active', Runtime: 'Nodejs18.15', Timeout: 10, Triggers: [] }, entry) // []
 */
export function detailProblems(detail, entry) {
  if (!detail) return ['tcb fn detail gave no JSON: the function is not there or the CLI is not signed in'];
  const d = detail.data ?? detail.Response ?? detail;
  const problems = [];
  if (d.Status !== 'Active') problems.push(`status ${d.Status ?? 'unknown'}${d.StatusDesc ? ` (${d.StatusDesc})` : ''}, expected Active`);
  if (entry.runtime && d.Runtime !== entry.runtime) problems.push(`runtime ${d.Runtime}, expected ${entry.runtime}`);
  if (entry.timeout && Number(d.Timeout) !== entry.timeout) problems.push(`timeout ${d.Timeout}, expected ${entry.timeout}`);
  const wanted = (entry.triggers ?? []).map((t) => `${t.name}:${t.config}`).sort();
  const got = (d.Triggers ?? []).filter((t) => (t.Type ?? t.type) === 'timer').map((t) => `${t.TriggerName ?? t.name}:${t.TriggerDesc ? triggerCron(t.TriggerDesc) : t.config}`).sort();
  if (JSON.stringify(wanted) !== JSON.stringify(got)) problems.push(`timer triggers ${JSON.stringify(got)}, expected ${JSON.stringify(wanted)}`);
  return problems;
}

/** SCF describes a timer as JSON `{"cron":"<7 fields>"}` in TriggerDesc. */
function triggerCron(desc) {
  try {
    return JSON.parse(desc).cron ?? desc;
  } catch {
    return desc;
  }
}

/** The cloud calls a function's config.json declares (`permissions.openapi`). */
function openapiOf(root, functionRoot, name) {
  const path = join(resolve(root, functionRoot), name, 'config.json');
  if (!existsSync(path)) return [];
  return JSON.parse(readFileSync(path, 'utf8')).permissions?.openapi ?? [];
}

/**
 * Deploys every function of cloudbaserc.json (or `only`), uploads those with cloud calls through
 * WeChat's channel, then checks each; gives one `{ name, ok, problems, summary }` per function.
 * Never stops at the first failure: every function is tried and reported.
 */
export async function deployAll({ root, rc, env, only, cli, uploader, appid, privateKey, log }) {
  const functionRoot = rc.functionRoot ?? './dist/functions';
  const entries = rc.functions.filter((f) => !only || only.includes(f.name));
  const unknown = (only ?? []).filter((n) => !rc.functions.some((f) => f.name === n));
  const report = unknown.map((name) => ({ name, ok: false, problems: ['not in cloudbaserc.json'], summary: '' }));
  const upload = uploader ?? [process.execPath, join(root, 'scripts', 'deploy', 'wechat-upload.mjs')];
  for (const entry of entries) {
    const { name } = entry;
    const problems = [];
    const bundle = join(resolve(root, functionRoot), name, 'index.js');
    if (!existsSync(bundle)) {
      report.push({ name, ok: false, problems: [`${bundle} missing: run npm run build:functions first`], summary: '' });
      continue;
    }
    log(`== ${name}: tcb fn deploy ${name} --force -e ${env}`);
    const deployed = run(cli, ['fn', 'deploy', name, '--force', '-e', env], root);
    if (deployed.status !== 0) problems.push(`tcb fn deploy exited ${deployed.status}: ${deployed.out.trim().split('\n').slice(-3).join(' ')}`);
    const openapi = openapiOf(root, functionRoot, name);
    if (openapi.length) {
      if (!appid || !privateKey) {
        problems.push(`declares cloud calls (${openapi.join(', ')}) that @cloudbase/cli does not apply: upload it with WeChat DevTools, or run again with --appid and --private-key`);
      } else {
        log(`== ${name}: WeChat upload (miniprogram-ci cloud.uploadFunction) for permissions.openapi ${openapi.join(', ')}`);
        const up = run(upload, ['--appid', appid, '--private-key', privateKey, '--env', env, '--name', name, '--path', join(resolve(root, functionRoot), name)], root);
        if (up.status !== 0) problems.push(`WeChat upload exited ${up.status}: ${up.out.trim().split('\n').slice(-3).join(' ')}`);
      }
    }
    log(`== ${name}: tcb fn detail ${name} --json -e ${env}`);
    const detail = run(cli, ['fn', 'detail', name, '--json', '-e', env], root);
    problems.push(...detailProblems(detail.status === 0 ? lastJson(detail.out) : null, entry));
    report.push({ name, ok: problems.length === 0, problems, summary: `Active, ${entry.runtime}, ${entry.timeout} s${entry.triggers?.length ? ', timer ' + entry.triggers[0].config : ''}${openapi.length ? ', openapi ' + openapi.join(',') : ''}` });
  }
  return report;
}
