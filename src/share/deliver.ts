/**
 * The warning workflow's `taxii` delivery channel, made real: a delivery to a
 * warning recipient linked to a TAXII partner (`forewarn partner link`,
 * `share_recipient_links`) publishes the warning as STIX 2.1 — the managed
 * warning with the evidence documents the store has, at the warning's TLP —
 * into the linked collection, readable by that partner alone for RED and by
 * its organisation for AMBER and AMBER+STRICT (the TLP rules of every TAXII
 * endpoint decide). Deliveries to recipients without a link, and the other
 * channels, are recorded only, as without a transport.
 *
 * Public surface: `taxiiDeliveryTransport(store, share)`.
 */
import { ForewarnError } from '../errors.js';
import type { Store } from '../store/port.js';
import type { DeliveryTransport, OutgoingDelivery } from '../warn/index.js';
import { selectDocuments } from './from-store.js';
import { shareDocumentFromStored, shareWarningFromRecord } from './stix/adapters.js';
import { exportStix } from './stix/export.js';
import type { ShareStore } from './taxii/store.js';

/** A transport for `createWarningService({ transport })`; `share` is resolved at the first delivery. */
export function taxiiDeliveryTransport(store: Store, share: () => Promise<ShareStore | null>): DeliveryTransport {
  return {
    async send(delivery: OutgoingDelivery): Promise<void> {
      if (delivery.channel !== 'taxii') return;
      const taxii = await share();
      const link = taxii ? await taxii.recipientLink(delivery.target) : null;
      if (!taxii || !link) return;
      const record = delivery.warning;
      const warning = shareWarningFromRecord(record);
      const level = warning.tlp ?? undefined;
      const known = new Set<string>();
      for (const d of record.evidence.documents) if (await store.getDocument(d)) known.add(d);
      const docs = known.size ? await selectDocuments(store, { documents: [...known] }) : [];
      const { bundle } = exportStix(
        { documents: docs.map((d) => shareDocumentFromStored(d, { tlp: level ?? null })), warnings: [warning] },
        level ? { tlp: level } : {},
      );
      const outcomes = await taxii.addObjects(link.collection, bundle.objects, {
        audience: { organization: link.partner.organisation, namedRecipients: [link.partner.name] },
        addedBy: `warn:delivery:${delivery.id}`,
      });
      const refused = outcomes.filter((o) => o.result === 'refused');
      if (refused.length > 0)
        throw new ForewarnError(
          'delivery_failed',
          `${refused.length} STIX objects refused by collection ${link.collection}: ${refused[0]?.message ?? ''}`,
        );
    },
  };
}
