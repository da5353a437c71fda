import { describe, expect, it } from 'vitest';
import { ackAlert, CAP_NAMESPACE, capDateTime, capToXml, escapeXml, toCapAlert } from './cap.js';
import { normaliseDraft, type WarningRecord } from './model.js';

/**
 * A deliberately small, strict XML reader for these tests: elements,
 * attributes, text and the five predefined entities plus character
 * references. It refuses anything it does not understand (a bare `&` or
 * `<` in text, an unknown entity, mismatched or unclosed tags, content after
 * the root), so an escaping mistake in capToXml fails the test.
 * The integrator should add a test with a real XML parser (and the CAP XSD).
 */
interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

function decodeEntities(s: string, where: number): string {
  if (s.includes('<')) throw new Error(`bare < near ${where}`);
  return s.replace(/&([^;]*);?/g, (m, body: string) => {
    if (!m.endsWith(';')) throw new Error(`unterminated entity near ${where}`);
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (body in named) return named[body]!;
    const num = /^#x([0-9a-fA-F]+)$/.exec(body) ?? /^#([0-9]+)$/.exec(body);
    if (num) return String.fromCodePoint(Number.parseInt(num[1]!, body.startsWith('#x') ? 16 : 10));
    throw new Error(`unknown entity &${body}; near ${where}`);
  });
}

function parseXml(xml: string): XmlElement {
  let i = 0;
  const decl = /^<\?xml version="1\.0" encoding="UTF-8"\?>\s*/.exec(xml);
  if (!decl) throw new Error('missing XML declaration');
  i = decl[0].length;
  const NAME = /[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/y;

  function readName(): string {
    NAME.lastIndex = i;
    const m = NAME.exec(xml);
    if (!m) throw new Error(`expected a name at ${i}`);
    i = NAME.lastIndex;
    return m[0];
  }
  function skipSpace(): void {
    while (i < xml.length && /\s/.test(xml[i]!)) i++;
  }
  function element(): XmlElement {
    if (xml[i] !== '<') throw new Error(`expected < at ${i}`);
    i++;
    const name = readName();
    const attributes: Record<string, string> = {};
    for (;;) {
      skipSpace();
      if (xml.startsWith('/>', i)) {
        i += 2;
        return { name, attributes, children: [], text: '' };
      }
      if (xml[i] === '>') {
        i++;
        break;
      }
      const attr = readName();
      skipSpace();
      if (xml[i] !== '=') throw new Error(`expected = at ${i}`);
      i++;
      skipSpace();
      const quote = xml[i];
      if (quote !== '"' && quote !== "'") throw new Error(`expected a quote at ${i}`);
      const end = xml.indexOf(quote, i + 1);
      if (end < 0) throw new Error('unterminated attribute');
      const raw = xml.slice(i + 1, end);
      if (raw.includes('<')) throw new Error(`< in attribute at ${i}`);
      if (attr in attributes) throw new Error(`duplicate attribute ${attr}`);
      attributes[attr] = decodeEntities(raw, i);
      i = end + 1;
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      const next = xml.indexOf('<', i);
      if (next < 0) throw new Error(`unclosed <${name}>`);
      text += decodeEntities(xml.slice(i, next), i);
      i = next;
      if (xml.startsWith('</', i)) {
        i += 2;
        const close = readName();
        if (close !== name) throw new Error(`</${close}> closes <${name}> at ${i}`);
        skipSpace();
        if (xml[i] !== '>') throw new Error(`expected > at ${i}`);
        i++;
        return { name, attributes, children, text: children.length > 0 ? text.trim() : text };
      }
      if (xml.startsWith('<!', i) || xml.startsWith('<?', i)) throw new Error(`unexpected markup at ${i}`);
      children.push(element());
    }
  }
  const root = element();
  skipSpace();
  if (i !== xml.length) throw new Error(`content after the root element at ${i}`);
  return root;
}

const child = (e: XmlElement, name: string): XmlElement | undefined => e.children.find((c) => c.name === name);
const textOf = (e: XmlElement, name: string): string | undefined => child(e, name)?.text;

const HOSTILE = `<script>alert("x")</script> & 'quoted' ]]> &amp;`;

function record(overrides: Partial<WarningRecord> = {}): WarningRecord {
  const r = normaliseDraft(
    {
      threat: { type: 'killing', actor: 'Coastal Liberation Front', target: 'Lamu market & ferry <jetty>' },
      info: {
        event: 'Bombing threat',
        headline: HOSTILE,
        description: 'Line one\nLine two\u0007 with a bell',
        urgency: 'Immediate',
        severity: 'Extreme',
        certainty: 'Likely',
        onset: '2026-03-02T06:00:00+03:00',
        area: [
          {
            areaDesc: 'Lamu "old town"',
            circle: { lat: -2.27, lon: 40.9, radiusKm: 2.5 },
            geocodes: [{ valueName: 'ISO3166-2', value: 'KE-18' }],
          },
        ],
      },
      specificity: { actor: true, target: true, place: true, time: false, method: true },
      basis: 'interrogation of detainees',
      evidence: { documents: ['doc_1'], claims: ['c7'] },
      tlp: 'AMBER+STRICT',
    },
    {
      identifier: 'forewarn-123',
      sender: 'ops@forewarn.example',
      createdBy: 'user:1',
      now: '2026-03-01T09:00:00.000Z',
    },
  );
  return { ...r, ...overrides };
}

describe('CAP 1.2 XML', () => {
  it('carries the mandatory elements in the CAP namespace', () => {
    const root = parseXml(capToXml(toCapAlert(record())));
    expect(root.name).toBe('alert');
    expect(root.attributes.xmlns).toBe(CAP_NAMESPACE);
    expect(textOf(root, 'identifier')).toBe('forewarn-123');
    expect(textOf(root, 'sender')).toBe('ops@forewarn.example');
    expect(textOf(root, 'sent')).toBe('2026-03-01T09:00:00-00:00');
    expect(textOf(root, 'status')).toBe('Actual');
    expect(textOf(root, 'msgType')).toBe('Alert');
    expect(textOf(root, 'scope')).toBe('Restricted');
    expect(textOf(root, 'restriction')).toMatch(/^TLP:AMBER\+STRICT/);
    expect(textOf(root, 'code')).toBe('TLP:AMBER+STRICT');
    const info = child(root, 'info')!;
    expect(textOf(info, 'category')).toBe('Security');
    expect(textOf(info, 'event')).toBe('Bombing threat');
    expect(textOf(info, 'urgency')).toBe('Immediate');
    expect(textOf(info, 'severity')).toBe('Extreme');
    expect(textOf(info, 'certainty')).toBe('Likely');
    expect(textOf(info, 'onset')).toBe('2026-03-02T03:00:00-00:00');
    const area = child(info, 'area')!;
    expect(textOf(area, 'areaDesc')).toBe('Lamu "old town"');
    expect(textOf(area, 'circle')).toBe('-2.27,40.9 2.5');
    const params = Object.fromEntries(
      info.children.filter((c) => c.name === 'parameter').map((p) => [textOf(p, 'valueName'), textOf(p, 'value')]),
    );
    expect(params).toMatchObject({
      threatType: 'killing',
      intendedTarget: 'Lamu market & ferry <jetty>',
      basis: 'interrogation of detainees',
      tlp: 'AMBER+STRICT',
      sourceDocument: 'doc_1',
    });
  });

  it('writes the alert elements in the order the CAP schema requires', () => {
    const root = parseXml(capToXml(toCapAlert(record())));
    const order = ['identifier', 'sender', 'sent', 'status', 'msgType', 'scope', 'restriction', 'code', 'info'];
    expect(root.children.map((c) => c.name)).toEqual(order);
    const info = child(root, 'info')!.children.map((c) => c.name);
    expect(info.indexOf('category')).toBeLessThan(info.indexOf('event'));
    expect(info.indexOf('certainty')).toBeLessThan(info.indexOf('headline'));
    expect(info.indexOf('parameter')).toBeLessThan(info.indexOf('area'));
  });

  it('escapes hostile text so it round-trips exactly', () => {
    const xml = capToXml(toCapAlert(record()));
    expect(xml).not.toContain('<script>');
    const info = child(parseXml(xml), 'info')!;
    expect(textOf(info, 'headline')).toBe(HOSTILE);
  });

  it('replaces characters XML 1.0 cannot carry', () => {
    const info = child(parseXml(capToXml(toCapAlert(record()))), 'info')!;
    expect(textOf(info, 'description')).toBe('Line one\nLine two\uFFFD with a bell');
    expect(escapeXml('a\u0000b\uD800c')).toBe('a\uFFFDb\uFFFDc');
  });

  it('the strict reader itself refuses unescaped text', () => {
    expect(() => parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a>x & y</a>')).toThrow();
    expect(() => parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a>x <b> y</a>')).toThrow();
    expect(() => parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a><b></a></b>')).toThrow();
  });

  it('puts Private addresses with spaces in quotes', () => {
    const alert = toCapAlert(
      record({ scope: 'Private', restriction: null, addresses: ['police@lamu.example', 'Clinic Director'] }),
    );
    expect(alert.addresses).toBe('police@lamu.example "Clinic Director"');
    expect(alert.restriction).toBeUndefined();
  });

  it('writes CAP date-times without Z or fractions', () => {
    expect(capDateTime('2026-03-01T09:00:00.123Z')).toBe('2026-03-01T09:00:00-00:00');
  });
});

describe('CAP Ack', () => {
  it('references the acknowledged alert and is addressed to its sender', () => {
    const original = record({ sent: '2026-03-02T08:30:00.000Z' });
    const ack = ackAlert({
      identifier: 'forewarn-ack-1',
      sender: 'partner-ptn_1',
      sent: '2026-03-02T09:00:00.000Z',
      original,
      note: 'Received & acted on <today>',
    });
    const root = parseXml(capToXml(ack));
    expect(textOf(root, 'msgType')).toBe('Ack');
    expect(textOf(root, 'scope')).toBe('Private');
    expect(textOf(root, 'addresses')).toBe('ops@forewarn.example');
    expect(textOf(root, 'references')).toBe('ops@forewarn.example,forewarn-123,2026-03-02T08:30:00-00:00');
    expect(textOf(root, 'note')).toBe('Received & acted on <today>');
    expect(child(root, 'info')).toBeUndefined();
  });
});

describe('CAP JSON', () => {
  it('mirrors the XML element names and survives JSON round-trip', () => {
    const alert = toCapAlert(record());
    const back = JSON.parse(JSON.stringify(alert));
    expect(back).toEqual(alert);
    expect(back.info[0]).toMatchObject({ category: ['Security'], event: 'Bombing threat', headline: HOSTILE });
  });
});
