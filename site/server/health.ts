/**
 * /healthz, answered by the server itself (never by a page), at once, whatever the content's
 * state: 200 with the content version when content is loaded (even if the last reload failed: the
 * last good content is served), 503 while the first load runs or when it failed. Never private
 * data: problems are counted here and listed in the server's log only.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { directoryOf } from '../../content/index.ts';
import type { PartnerProfile, SourceState } from '../../content/index.ts';

/** Answers /healthz for `state`. */
export function sendHealth(req: IncomingMessage, res: ServerResponse, state: SourceState<PartnerProfile>, extra: Record<string, unknown> = {}): void {
  let status = 503;
  let body: Record<string, unknown>;
  if (state.state === 'ready') {
    const { content, version, loadedAt } = state.snapshot;
    // Listed partners only: how many Bronze partners there are is not public.
    status = 200;
    body = {
      status: 'ok', version, loadedAt: loadedAt.toISOString(), partners: directoryOf(state.snapshot).length, docs: content.docs.length, rules: content.rules.info.version,
      ...(state.problems && { lastReload: 'failed', problems: state.problems.problems.length, since: state.problems.at.toISOString() }),
    };
  } else if (state.state === 'loading') {
    body = { status: 'loading', message: 'the content is still loading' };
  } else {
    body = { status: 'error', message: 'the content could not be loaded; the server log lists the problems', problems: state.problems.problems.length };
  }
  const text = JSON.stringify({ ...body, ...extra });
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(text) });
  res.end(req.method === 'HEAD' ? undefined : text);
}
