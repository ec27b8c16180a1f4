import type {Unit} from '../../src/engine/ledger.js'
import type {MatrixCase} from './cases.js'

/**
 * Cases of the build-or-buy matrix (data/matrices/build-vs-buy.yaml), spread
 * into CASES. Scores by hand, criterion by criterion (buy / self-host / build).
 */
/** The units of the facts it adds (src/matrices/facts-capabilities.ts). */
export const BUILD_VS_BUY_FACT_UNITS: Readonly<Record<string, Unit>> = {
  emailsPerDay: 'count',
}

const none = {needsObjectStorage: false, needsCdn: false, needsMobilePush: false, needsEmail: false, needsSms: false, needsCardPayments: false, needsDashboards: false, needsAlerting: false, emailsPerDay: null, storageBytes: null, engineers: null, residencyJurisdictions: null}

export const BUILD_VS_BUY_CASES: Readonly<Record<string, readonly MatrixCase[]>> = {
  'build-vs-buy': [
    // commodity 1/1/0, operated-for-us 1/0/0 → buy 2, self-host 1.
    {name: 'videos kept in blob storage and served by a CDN, 274 PB over 5 years (Xu: YouTube)', facts: {...none, hasCapabilities: true, capabilityNames: 'object storage, a CDN', needsObjectStorage: true, needsCdn: true, storageBytes: 273.75e15}, choice: 'buy', runnerUp: 'self-host'},
    // own-storage-scale 0/0/4, commodity 1/1/0; operated-for-us off → build 4, buy 1 (self-host 1, file order).
    {name: 'user files at 600 PB (Dropbox, Magic Pocket)', facts: {...none, hasCapabilities: true, capabilityNames: 'object storage', needsObjectStorage: true, storageBytes: 600e15}, choice: 'build', runnerUp: 'buy'},
    // only-path-to-phones 3, commodity 1/1, operated 1 → buy 5, self-host 1.
    {name: 'notifications pushed to iOS and Android phones (Xu: notification system)', facts: {...none, hasCapabilities: true, capabilityNames: 'push to phones', needsMobilePush: true}, choice: 'buy', runnerUp: 'self-host'},
    // card-data-scope 3, commodity 1/1, operated 1 → buy 5, self-host 1.
    {name: 'card payments through a payment service provider (Xu and Lam: payment system)', facts: {...none, hasCapabilities: true, capabilityNames: 'card payments', needsCardPayments: true}, choice: 'buy', runnerUp: 'self-host'},
    // residency 2 to self-host, commodity 1/1, operated 1 → self-host 3, buy 2.
    {name: 'dashboards and alerts over metrics that must stay in the EU', facts: {...none, hasCapabilities: true, capabilityNames: 'dashboards, alerting', needsDashboards: true, needsAlerting: true, residencyJurisdictions: 1}, choice: 'self-host', runnerUp: 'buy'},
    // The same with a team of six: small-team +1 buy, −1 self-host → buy 3, self-host 2.
    {name: 'the same dashboards kept in the EU by a team of six', facts: {...none, hasCapabilities: true, capabilityNames: 'dashboards, alerting', needsDashboards: true, needsAlerting: true, residencyJurisdictions: 1, engineers: 6}, choice: 'buy', runnerUp: 'self-host'},
  ],
}
