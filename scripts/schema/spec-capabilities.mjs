// What a workload relies on that products and providers sell (issue 14): object
// storage, a CDN, delivery to phones, mailboxes and phone numbers, card
// payments, dashboards and alerting. The build-vs-buy decision reads it. Kept
// apart from scripts/spec-schema.mjs, which spreads it into a workload.
import {typed} from './typed.mjs'

export const CAPABILITIES = ['object-storage', 'cdn', 'mobile-push', 'email', 'sms', 'card-payments', 'dashboards', 'alerting']

export const workloadCapabilities = {
  capabilities: {
    title: 'Capabilities bought or built',
    description: 'What this workload relies on that a provider sells as a service and that could also be run or built in-house, as a design names it: `object-storage` (the objects kept: S3, Cloud Storage), `cdn` (the reads served from the edge), `mobile-push` (notifications to phones: APNs, FCM), `email` and `sms` (messages sent: SendGrid, Twilio), `card-payments` (card numbers taken: a payment service provider), `dashboards` and `alerting` (charts and alerts over metrics: Grafana, PagerDuty). The build-vs-buy decision (`build-vs-buy.<workload>`) weighs a managed service, self-hosted open source and building it. `cdn` needs reads to serve; `mobile-push`, `email`, `sms` and `card-payments` need writes (the messages or payments sent); `object-storage` needs writes or stored records.',
    type: 'array',
    items: typed('spec', 'Capability', {type: 'string', enum: CAPABILITIES}, {constant: 'CAPABILITIES'}),
    minItems: 1,
    uniqueItems: true,
    examples: [['object-storage', 'cdn'], ['mobile-push'], ['card-payments']],
  },
}
