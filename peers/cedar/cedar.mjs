// The built-in policies in Cedar (consent.cedar for 2024-06-12, consent-2026-10-05.cedar), as a
// peer of the SDK.
//
//   node cedar.mjs check SDK_DECISIONS.jsonl   Cedar's decision and reason must equal the SDK's on
//                                              every line (policy, tier, toggle, mode, feedback,
//                                              trainable, reason).
//   node cedar.mjs time [SECONDS]              Time per decision through Cedar's fastest path
//                                              (a preparsed policy set, 2024-06-12), as JSON.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cedar from '@cedar-policy/cedar-wasm/nodejs';

const here = dirname(fileURLToPath(import.meta.url));

// Each policy in a .cedar file carries @id("<reason>"); Cedar names policies in a text set
// policy0, policy1, ..., so the set is passed as { reason: text } to make the ids the reasons.
function policiesByReason(file) {
  const text = readFileSync(join(here, file), 'utf8');
  const policies = {};
  for (const part of text.split(/(?=@id\(")/).slice(1)) {
    const id = /^@id\("([a-z_]+)"\)/.exec(part)[1];
    policies[id] = part;
  }
  return policies;
}

// The SDK's policy names, and the file of each in Cedar.
const files = { '2024-06-12': 'consent.cedar', '2026-10-05': 'consent-2026-10-05.cedar' };
for (const [name, file] of Object.entries(files)) {
  const prepared = cedar.preparsePolicySet(name, { staticPolicies: policiesByReason(file) });
  if (prepared.type !== 'success') {
    console.error(`${file} does not parse:`, JSON.stringify(prepared));
    process.exit(2);
  }
}

function request(policy, tier, toggle, mode, feedback) {
  return {
    principal: { type: 'User', id: 'submitter' },
    action: { type: 'Action', id: 'train' },
    resource: { type: 'Content', id: 'message' },
    context: { tier, toggle, mode, feedback },
    preparsedPolicySetId: policy,
    entities: [],
  };
}

function decide(policy, tier, toggle, mode, feedback = 'none') {
  if (!(policy in files)) throw new Error(`no Cedar policy named ${policy}`);
  const answer = cedar.statefulIsAuthorized(request(policy, tier, toggle, mode, feedback));
  if (answer.type !== 'success') throw new Error(JSON.stringify(answer));
  const reasons = answer.response.diagnostics.reason;
  return { trainable: answer.response.decision === 'allow', reason: reasons.join('+') || 'default_deny' };
}

function check(path) {
  const lines = readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '');
  let differences = 0;
  for (const line of lines) {
    const sdk = JSON.parse(line);
    const peer = decide(sdk.policy, sdk.tier, sdk.toggle, sdk.mode, sdk.feedback);
    const same = peer.trainable === sdk.trainable && peer.reason === sdk.reason;
    if (!same) differences += 1;
    console.log(`${same ? 'same' : 'DIFFERENT'}  ${sdk.policy} ` +
                `${sdk.tier}/${sdk.toggle}/${sdk.mode}/${sdk.feedback}: ` +
                `sdk ${sdk.trainable ? 'yes' : 'no'} (${sdk.reason}), ` +
                `cedar ${peer.trainable ? 'yes' : 'no'} (${peer.reason})`);
  }
  console.log(`${lines.length - differences} passed, ${differences} failed`);
  return differences === 0 && lines.length > 0 ? 0 : 1;
}

function time(seconds) {
  const tiers = ['free', 'plus', 'team', 'enterprise', 'api'];
  const toggles = ['unset', 'on', 'off'];
  const modes = ['standard', 'temporary'];
  const requests = [];
  let seed = 1;
  for (let i = 0; i < 4096; i += 1) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    requests.push([tiers[seed % 5], toggles[(seed >> 8) % 3], modes[(seed >> 16) % 2]]);
  }
  for (const [t, g, m] of requests.slice(0, 500)) decide('2024-06-12', t, g, m);  // warm up
  let decisions = 0;
  let sink = 0;
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(seconds * 1e9));
  while (process.hrtime.bigint() < deadline) {
    for (const [t, g, m] of requests.slice(0, 256)) {
      sink += decide('2024-06-12', t, g, m).trainable ? 1 : 0;
      decisions += 1;
    }
  }
  const elapsed = Number(process.hrtime.bigint() - started);
  console.log(JSON.stringify({ peer: 'cedar-wasm 4.13.0, statefulIsAuthorized', node: process.version, decisions,
                               ns_per_decision: elapsed / decisions, sink }));
  return 0;
}

const [command, argument] = process.argv.slice(2);
if (command === 'check') process.exit(check(argument));
if (command === 'time') process.exit(time(Number(argument ?? 3)));
console.error('usage: node cedar.mjs check SDK_DECISIONS.jsonl | time [SECONDS]');
process.exit(2);
