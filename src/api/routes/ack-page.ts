/**
 * The page behind a delivery's one-time acknowledgement link, for a recipient
 * with nothing but a browser: `GET /ack/:token` shows what the warning is and
 * a button; the button posts the form to `POST /ack/:token`, which
 * acknowledges exactly as `POST /api/ack/:token` does and answers with a page.
 *
 * Opening the link never acknowledges (mail scanners and link previews fetch
 * links). The form body parser lives only in this plugin's scope: elsewhere a
 * URL-encoded body is refused, so no other route can be driven by a
 * cross-site form.
 *
 * Public surface: `ackPageRoutes` (a Fastify plugin taking `{ warnings }`).
 */
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { isForewarnError } from '../../errors.js';
import type { WarningServiceSource } from '../auth.js';

const TOKEN = { type: 'string', minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9_-]+$' } as const;
const params = { type: 'object', required: ['token'], properties: { token: TOKEN } } as const;

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(reply: FastifyReply, status: number, title: string, body: string): FastifyReply {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} · Forewarn</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
  // the link is a credential: keep the page out of caches and referrers
  return reply
    .status(status)
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .type('text/html; charset=utf-8')
    .send(html);
}

export const ackPageRoutes: FastifyPluginAsync<{ warnings: WarningServiceSource }> = async (app, { warnings }) => {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 8192 },
    (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  );

  app.get<{ Params: { token: string } }>(
    '/ack/:token',
    {
      config: { auth: 'link' },
      schema: {
        summary: 'The page a recipient opens from a one-time acknowledgement link (does not acknowledge)',
        tags: ['warnings'],
        security: [],
        params,
        produces: ['text/html'],
      },
    },
    async (req, reply) => {
      const info = await (await warnings()).ackLinkInfo(req.params.token);
      if (!info) return page(reply, 404, 'Link not valid', '<p>This acknowledgement link is not valid.</p>');
      const what = `<p>Warning from <strong>${escapeHtml(info.sender)}</strong>, sent ${escapeHtml(info.sent)}:</p><blockquote>${escapeHtml(info.headline)}</blockquote>`;
      if (info.acknowledgedAt) {
        return page(
          reply,
          200,
          'Already acknowledged',
          `${what}<p>Acknowledged at ${escapeHtml(info.acknowledgedAt)}.</p>`,
        );
      }
      const form = `<form method="post" action="/ack/${escapeHtml(req.params.token)}"><p><label for="note">Note (optional)</label><br><textarea id="note" name="note" rows="4" cols="60" maxlength="2000"></textarea></p><p><button type="submit">Acknowledge receipt</button></p></form>`;
      return page(reply, 200, 'Acknowledge this warning', `${what}${form}`);
    },
  );

  app.post<{ Params: { token: string }; Body: { note?: string } | null }>(
    '/ack/:token',
    {
      config: { auth: 'link' },
      schema: {
        summary: 'The acknowledgement page’s form: acknowledges and answers with a page',
        tags: ['warnings'],
        security: [],
        params,
        consumes: ['application/x-www-form-urlencoded'],
        produces: ['text/html'],
      },
    },
    async (req, reply) => {
      try {
        const note = typeof req.body?.note === 'string' ? req.body.note : null;
        await (await warnings()).acknowledge({ ackToken: req.params.token, note });
        return page(reply, 200, 'Acknowledged', '<p>Thank you: your acknowledgement has been recorded.</p>');
      } catch (e) {
        if (!isForewarnError(e)) throw e;
        const status = e.code === 'ack_token_invalid' ? 404 : e.code === 'bad_request' ? 400 : 409;
        return page(reply, status, 'Not acknowledged', `<p>${escapeHtml(e.message)}</p>`);
      }
    },
  );
};
