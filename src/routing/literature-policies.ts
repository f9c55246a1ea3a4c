import { FIXED_QUEUE_RATIO, checkFixedQueueRatioOptions, fixedQueueRatioPolicy } from './fixed-queue-ratio';
import { GENERALIZED_C_MU, checkGeneralizedCMuOptions, generalizedCMuPolicy } from './generalized-c-mu';
import { QUEUE_IDLENESS_RATIO, checkQueueIdlenessRatioOptions, queueIdlenessRatioPolicy } from './queue-idleness-ratio';
import { QUEUE_RATIO_THRESHOLD, checkQueueRatioThresholdOptions, queueRatioThresholdPolicy } from './queue-ratio-threshold';
import type { PolicyEntry } from './registry';
import { RESOLUTION_RATE, checkResolutionRateOptions, resolutionRatePolicy } from './resolution-rate';
import { WEIGHT_BASED, checkWeightBasedOptions, weightBasedPolicy } from './weight-based';

/**
 * The routing policies of the many-server and skills-based-routing literature, by name (frozen);
 * part of the built-in policies. Each file gives its paper and the choices the paper leaves open.
 */
export const LITERATURE_POLICIES: Readonly<Record<string, PolicyEntry>> = Object.freeze({
  [FIXED_QUEUE_RATIO]: Object.freeze({
    factory: fixedQueueRatioPolicy,
    checkOptions: checkFixedQueueRatioOptions,
    description: 'FQR (Gurvich & Whitt 2009): free agents take the type furthest above its share of the waiting contacts',
  }),
  [QUEUE_RATIO_THRESHOLD]: Object.freeze({
    factory: queueRatioThresholdPolicy,
    checkOptions: checkQueueRatioThresholdOptions,
    description: 'FQR-T (Perry & Whitt 2009): groups help other types only when their queue exceeds a ratio plus a threshold',
  }),
  [GENERALIZED_C_MU]: Object.freeze({
    factory: generalizedCMuPolicy,
    checkOptions: checkGeneralizedCMuOptions,
    description: 'Gcμ (Van Mieghem 1995; Mandelbaum & Stolyar 2004): largest marginal delay cost × service rate',
  }),
  [RESOLUTION_RATE]: Object.freeze({
    factory: resolutionRatePolicy,
    checkOptions: checkResolutionRateOptions,
    description: 'pμ (de Véricourt & Zhou 2005): the pairs that resolve issues fastest (resolution probability × service rate)',
  }),
  [QUEUE_IDLENESS_RATIO]: Object.freeze({
    factory: queueIdlenessRatioPolicy,
    checkOptions: checkQueueIdlenessRatioOptions,
    description: 'QIR (Gurvich & Whitt 2009): queue ratios for free agents, idleness ratios for arriving contacts',
  }),
  [WEIGHT_BASED]: Object.freeze({
    factory: weightBasedPolicy,
    checkOptions: checkWeightBasedOptions,
    description: 'WR (Chan, Koole & L\'Ecuyer 2014): per-pair index q + a × wait + b × idle time, matched when ≥ 0',
  }),
});
