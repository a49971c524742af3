// A Node preload hook that forbids talking to other machines:
//   node --import ./scripts/no-network.mjs out/cli/briefing.js …
// Patches net/tls sockets, http(s).request/get, dns and globalThis.fetch so that any attempt to
// reach a host other than this machine throws (and is appended to $NO_NETWORK_LOG as one JSON
// line, so an attempt the program swallowed still fails the test). Local pipes and Unix
// sockets (Chromium's --remote-debugging-pipe, child processes) and loopback stay allowed.
// Also imported in-process by scripts/electronegativity.mjs, whose translation download and
// release check would otherwise go to the internet.
import { appendFileSync } from 'node:fs';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|::1|\[::1\]|0:0:0:0:0:0:0:1)$/i;

function record(kind, target) {
  const line = JSON.stringify({ kind, target: String(target), pid: process.pid });
  if (process.env.NO_NETWORK_LOG) {
    try {
      appendFileSync(process.env.NO_NETWORK_LOG, line + '\n');
    } catch {
      // The log is a convenience; the throw below is the guard.
    }
  }
  if (!process.env.NO_NETWORK_QUIET)
    process.stderr.write(`no-network: blocked ${kind} ${target}\n`);
  const error = new Error(
    `no-network: ${kind} to ${target} is not allowed (the app works offline)`,
  );
  error.code = 'ENETBLOCKED';
  return error;
}

/** Where net.Socket#connect / net.connect is being asked to go. */
function connectTarget(args) {
  let [first, second] = args;
  if (Array.isArray(first)) first = first[0]; // internal normalized form [options, cb]
  if (first && typeof first === 'object') {
    if (typeof first.path === 'string') return { local: true, target: first.path };
    const host = first.host ?? first.hostname ?? 'localhost';
    return { local: LOOPBACK.test(String(host)), target: `${host}:${first.port}` };
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return { local: true, target: first }; // a pipe path
  const host = typeof second === 'string' ? second : 'localhost';
  return { local: LOOPBACK.test(host), target: `${host}:${first}` };
}

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(...args) {
  const { local, target } = connectTarget(args);
  if (!local) throw record('socket', target);
  return originalConnect.apply(this, args);
};

function requestTarget(args) {
  const [first, second] = args;
  if (typeof first === 'string' || first instanceof URL) {
    const url = new URL(String(first));
    return { host: url.hostname, target: url.href };
  }
  const options =
    first && typeof first === 'object' ? first : typeof second === 'object' ? second : {};
  const host = options.hostname ?? options.host ?? 'localhost';
  return { host: String(host), target: `${host}${options.path ?? ''}` };
}

for (const [name, module] of [
  ['http', http],
  ['https', https],
]) {
  for (const method of ['request', 'get']) {
    const original = module[method];
    module[method] = function guarded(...args) {
      const { host, target } = requestTarget(args);
      if (!LOOPBACK.test(host)) throw record(`${name}.${method}`, target);
      return original.apply(this, args);
    };
  }
}

const originalLookup = dns.lookup;
dns.lookup = function lookup(hostname, ...rest) {
  if (!LOOPBACK.test(String(hostname))) throw record('dns.lookup', hostname);
  return originalLookup.call(this, hostname, ...rest);
};
for (const method of [
  'resolve',
  'resolve4',
  'resolve6',
  'resolveAny',
  'resolveCname',
  'resolveMx',
  'resolveTxt',
  'resolveSrv',
  'resolveNs',
  'reverse',
]) {
  if (typeof dns[method] === 'function')
    dns[method] = (target) => {
      throw record(`dns.${method}`, target);
    };
  if (typeof dns.promises[method] === 'function')
    dns.promises[method] = (target) => Promise.reject(record(`dns.promises.${method}`, target));
}
const originalPromisesLookup = dns.promises.lookup;
dns.promises.lookup = (hostname, ...rest) =>
  LOOPBACK.test(String(hostname))
    ? originalPromisesLookup.call(dns.promises, hostname, ...rest)
    : Promise.reject(record('dns.promises.lookup', hostname));

if (typeof globalThis.fetch === 'function') {
  globalThis.fetch = (input) => {
    const target =
      typeof input === 'string'
        ? input
        : input instanceof URL
          ? input.href
          : String(input?.url ?? input);
    return Promise.reject(record('fetch', target));
  };
}
