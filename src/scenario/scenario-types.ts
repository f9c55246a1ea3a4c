/**
 * The scenario format as plain TypeScript types, generated from schema/scenario.schema.json by
 * scripts/generate-scenario-types.ts (json-schema-to-typescript). Do not edit by hand. These are
 * the public scenario types: they stand on their own, without zod's types.
 *
 * @module
 */
/* eslint-disable */

/**
 * A distribution: { kind, ...params }, e.g. { kind: lognormal, mean: 5m, cv: 0.8 }. Time-valued parameters accept durations.
 */
export type Distribution =
  | {
      kind: 'exponential';
      /**
       * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
       */
      mean?: number | string;
      /**
       * A rate: a count per time unit such as '120/h', '2/m', '0.05/s' or '500/d'.
       */
      rate?: string;
    }
  | {
      kind: 'deterministic';
      /**
       * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
       */
      value: number | string;
    }
  | {
      kind: 'uniform';
      /**
       * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
       */
      min: number | string;
      /**
       * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
       */
      max: number | string;
    }
  | {
      kind: 'truncatedNormal';
      /**
       * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
       */
      mean: number | string;
      /**
       * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
       */
      sd: number | string;
    }
  | {
      kind: 'lognormal';
      /**
       * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
       */
      mean?: number | string;
      cv?: number;
      mu?: number;
      sigma?: number;
    }
  | {
      kind: 'gamma';
      shape?: number;
      /**
       * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
       */
      scale?: number | string;
      /**
       * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
       */
      mean?: number | string;
      cv?: number;
    }
  | {
      kind: 'erlang';
      k: number;
      /**
       * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
       */
      mean: number | string;
    }
  | {
      kind: 'weibull';
      shape: number;
      /**
       * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
       */
      scale: number | string;
    }
  | {
      kind: 'hyperexponential';
      probabilities?: number[];
      /**
       * Items: A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
       */
      means?: (number | string)[];
      /**
       * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
       */
      mean?: number | string;
      cv?: number;
    }
  | {
      kind: 'triangular';
      /**
       * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
       */
      min: number | string;
      /**
       * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
       */
      mode: number | string;
      /**
       * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
       */
      max: number | string;
    }
  | {
      kind: 'empirical';
      /**
       * @minItems 1
       *
       * Items: A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
       */
      samples: (number | string)[];
      interpolate?: boolean;
    }
  | {
      kind: 'mixture';
      weights: number[];
      components: Distribution[];
    };

export type RoutelabScenario = {
  $schema?: string;
  /**
   * Path of a base scenario file (YAML or JSON, relative to this file) that this file overrides. Resolved when the file is read.
   */
  extends?: string;
  name: string;
  description?: string;
  /**
   * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
   */
  horizon?: number | string;
  /**
   * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
   */
  warmup?: number | string;
  /**
   * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
   */
  interval?: number | string;
  endOfDay?: 'drain' | 'cut';
  closing?: 'keep' | 'clear-queue' | 'clear-when-unstaffed';
  skills: string[];
  /**
   * @minItems 1
   */
  segments?: {
    name: string;
    share: number;
    value?: number;
    priority?: number;
  }[];
  /**
   * @minItems 1
   */
  sites?: {
    name: string;
    kind?: 'in-house' | 'remote' | 'outsourcer' | 'back-office' | 'branch';
  }[];
  /**
   * @minItems 1
   */
  contactTypes: {
    name: string;
    channel?: 'voice' | 'chat' | 'email' | 'messaging';
    skills: {
      [k: string]: number;
    };
    handleTime: Distribution;
    patience?: Distribution;
    priority?: number;
    serviceLevel?: {
      target?: number;
      /**
       * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
       */
      within?: number | string;
    };
    arrivals?: {
      /**
       * A rate: a count per time unit such as '120/h', '2/m', '0.05/s' or '500/d'.
       */
      rate?: string;
      /**
       * @minItems 1
       */
      perInterval?: number[];
      /**
       * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
       */
      interval?: number | string;
      /**
       * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
       */
      period?: number | string;
      /**
       * Items: A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
       */
      trace?: (number | string)[];
    };
    segments?: {
      [k: string]: number;
    };
    resolution?: {
      probability: number;
      byProficiency?: {
        '1'?: number;
        '2'?: number;
        '3'?: number;
        '4'?: number;
        '5'?: number;
      };
      withContext?: number;
    };
    repeat?: {
      probability: number;
      delay: Distribution;
      via?: {
        [k: string]: number;
      };
    };
    retrial?: {
      probability: number;
      delay: Distribution;
      via?: {
        [k: string]: number;
      };
      /**
       * The retrial is the same contact again (ContactCenters Bilingual): it keeps its handle time, patience and resolution draws, and its wait over all attempts is what the service-level target tests. Default false: a new contact with fresh draws.
       */
      sameContact?: boolean;
    };
    transfer?: {
      to: string;
      probability?: number;
      /**
       * A warm transfer: the agent keeps the customer until the next agent answers, then consults with them for consultTime.
       */
      warm?: {
        consultTime: Distribution;
      };
    };
    overflow?: {
      /**
       * @minItems 1
       */
      primary: string[];
      steps?: {
        /**
         * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
         */
        after: number | string;
        /**
         * @minItems 1
         */
        groups: string[];
        protect?: {
          targetQueueBelow?: number;
          reserveAgents?: number;
          sourceQueueAtLeast?: number;
          maxShare?: number;
        };
      }[];
    };
    callback?: {
      mode: 'virtual-hold' | 'scheduled';
      /**
       * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
       */
      offerWhenWaitAbove: number | string;
      predictor?: 'queue-position' | 'last-wait' | 'moving-average';
      acceptance:
        | number
        | {
            base: number;
            perMinute?: number;
          };
      /**
       * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
       */
      promise?: number | string;
      /**
       * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
       */
      window?: number | string;
      noAnswer?: number;
      /**
       * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
       */
      attemptTime?: number | string;
      /**
       * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
       */
      retryAfter?: number | string;
      maxAttempts?: number;
    };
    maxWait?: {
      /**
       * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
       */
      after: number | string;
      then:
        | ('voicemail' | 'callback')
        | {
            rerouteTo: string;
          };
    };
    closing?: 'keep' | 'clear-queue' | 'clear-when-unstaffed';
    balking?: {
      probability?: number;
      /**
       * @minItems 1
       */
      byQueueLength?: number[];
      /**
       * @minItems 1
       */
      byAnnouncedWait?: {
        /**
         * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
         */
        above: number | string;
        probability: number;
      }[];
    };
    announcement?: {
      predictor?: 'queue-position' | 'last-wait' | 'moving-average';
      patienceFactor?: {
        base?: number;
        perMinute: number;
      };
    };
    /**
     * @minItems 1
     */
    handleTimeByInterval?: Distribution[];
    /**
     * @minItems 1
     */
    patienceByInterval?: Distribution[];
    selfService?: {
      /**
       * A distribution: { kind, ...params }, e.g. { kind: lognormal, mean: 5m, cv: 0.8 }. Time-valued parameters accept durations.
       */
      time:
        | {
            kind: 'exponential';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean?: number | string;
            /**
             * A rate: a count per time unit such as '120/h', '2/m', '0.05/s' or '500/d'.
             */
            rate?: string;
          }
        | {
            kind: 'deterministic';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            value: number | string;
          }
        | {
            kind: 'uniform';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            min: number | string;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            max: number | string;
          }
        | {
            kind: 'truncatedNormal';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean: number | string;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            sd: number | string;
          }
        | {
            kind: 'lognormal';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean?: number | string;
            cv?: number;
            mu?: number;
            sigma?: number;
          }
        | {
            kind: 'gamma';
            shape?: number;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            scale?: number | string;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean?: number | string;
            cv?: number;
          }
        | {
            kind: 'erlang';
            k: number;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean: number | string;
          }
        | {
            kind: 'weibull';
            shape: number;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            scale: number | string;
          }
        | {
            kind: 'hyperexponential';
            probabilities?: number[];
            /**
             * Items: A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            means?: (number | string)[];
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean?: number | string;
            cv?: number;
          }
        | {
            kind: 'triangular';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            min: number | string;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mode: number | string;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            max: number | string;
          }
        | {
            kind: 'empirical';
            /**
             * @minItems 1
             *
             * Items: A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            samples: (number | string)[];
            interpolate?: boolean;
          }
        | {
            kind: 'mixture';
            weights: number[];
            components: Distribution[];
          };
      /**
       * Probability that the stage resolves the issue of a customer who stays to its end.
       */
      containment: number;
      /**
       * Probability that the customer asks for an agent before the stage can resolve anything.
       */
      optOut?: number;
      /**
       * A distribution: { kind, ...params }, e.g. { kind: lognormal, mean: 5m, cv: 0.8 }. Time-valued parameters accept durations.
       */
      optOutTime?:
        | {
            kind: 'exponential';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean?: number | string;
            /**
             * A rate: a count per time unit such as '120/h', '2/m', '0.05/s' or '500/d'.
             */
            rate?: string;
          }
        | {
            kind: 'deterministic';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            value: number | string;
          }
        | {
            kind: 'uniform';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            min: number | string;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            max: number | string;
          }
        | {
            kind: 'truncatedNormal';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean: number | string;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            sd: number | string;
          }
        | {
            kind: 'lognormal';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean?: number | string;
            cv?: number;
            mu?: number;
            sigma?: number;
          }
        | {
            kind: 'gamma';
            shape?: number;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            scale?: number | string;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean?: number | string;
            cv?: number;
          }
        | {
            kind: 'erlang';
            k: number;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean: number | string;
          }
        | {
            kind: 'weibull';
            shape: number;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            scale: number | string;
          }
        | {
            kind: 'hyperexponential';
            probabilities?: number[];
            /**
             * Items: A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            means?: (number | string)[];
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean?: number | string;
            cv?: number;
          }
        | {
            kind: 'triangular';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            min: number | string;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mode: number | string;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            max: number | string;
          }
        | {
            kind: 'empirical';
            /**
             * @minItems 1
             *
             * Items: A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            samples: (number | string)[];
            interpolate?: boolean;
          }
        | {
            kind: 'mixture';
            weights: number[];
            components: Distribution[];
          };
      /**
       * Whether the agent receives what the customer told the stage (else the customer repeats it).
       */
      context?: boolean;
    };
    silentAbandonment?: {
      /**
       * Probability that a customer leaves the conversation without saying so.
       */
      probability: number;
      /**
       * A distribution: { kind, ...params }, e.g. { kind: lognormal, mean: 5m, cv: 0.8 }. Time-valued parameters accept durations.
       */
      after:
        | {
            kind: 'exponential';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean?: number | string;
            /**
             * A rate: a count per time unit such as '120/h', '2/m', '0.05/s' or '500/d'.
             */
            rate?: string;
          }
        | {
            kind: 'deterministic';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            value: number | string;
          }
        | {
            kind: 'uniform';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            min: number | string;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            max: number | string;
          }
        | {
            kind: 'truncatedNormal';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean: number | string;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            sd: number | string;
          }
        | {
            kind: 'lognormal';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean?: number | string;
            cv?: number;
            mu?: number;
            sigma?: number;
          }
        | {
            kind: 'gamma';
            shape?: number;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            scale?: number | string;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean?: number | string;
            cv?: number;
          }
        | {
            kind: 'erlang';
            k: number;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean: number | string;
          }
        | {
            kind: 'weibull';
            shape: number;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            scale: number | string;
          }
        | {
            kind: 'hyperexponential';
            probabilities?: number[];
            /**
             * Items: A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            means?: (number | string)[];
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean?: number | string;
            cv?: number;
          }
        | {
            kind: 'triangular';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            min: number | string;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mode: number | string;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            max: number | string;
          }
        | {
            kind: 'empirical';
            /**
             * @minItems 1
             *
             * Items: A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            samples: (number | string)[];
            interpolate?: boolean;
          }
        | {
            kind: 'mixture';
            weights: number[];
            components: Distribution[];
          };
      /**
       * A distribution: { kind, ...params }, e.g. { kind: lognormal, mean: 5m, cv: 0.8 }. Time-valued parameters accept durations.
       */
      discoveryTime:
        | {
            kind: 'exponential';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean?: number | string;
            /**
             * A rate: a count per time unit such as '120/h', '2/m', '0.05/s' or '500/d'.
             */
            rate?: string;
          }
        | {
            kind: 'deterministic';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            value: number | string;
          }
        | {
            kind: 'uniform';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            min: number | string;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            max: number | string;
          }
        | {
            kind: 'truncatedNormal';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean: number | string;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            sd: number | string;
          }
        | {
            kind: 'lognormal';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean?: number | string;
            cv?: number;
            mu?: number;
            sigma?: number;
          }
        | {
            kind: 'gamma';
            shape?: number;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            scale?: number | string;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean?: number | string;
            cv?: number;
          }
        | {
            kind: 'erlang';
            k: number;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean: number | string;
          }
        | {
            kind: 'weibull';
            shape: number;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            scale: number | string;
          }
        | {
            kind: 'hyperexponential';
            probabilities?: number[];
            /**
             * Items: A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            means?: (number | string)[];
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean?: number | string;
            cv?: number;
          }
        | {
            kind: 'triangular';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            min: number | string;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mode: number | string;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            max: number | string;
          }
        | {
            kind: 'empirical';
            /**
             * @minItems 1
             *
             * Items: A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            samples: (number | string)[];
            interpolate?: boolean;
          }
        | {
            kind: 'mixture';
            weights: number[];
            components: Distribution[];
          };
    };
    session?: {
      /**
       * Agent turns per session: a whole number, or a distribution whose draws are rounded to a whole number (at least 1).
       */
      exchanges: number | Distribution;
      /**
       * A distribution: { kind, ...params }, e.g. { kind: lognormal, mean: 5m, cv: 0.8 }. Time-valued parameters accept durations.
       */
      replyGap:
        | {
            kind: 'exponential';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean?: number | string;
            /**
             * A rate: a count per time unit such as '120/h', '2/m', '0.05/s' or '500/d'.
             */
            rate?: string;
          }
        | {
            kind: 'deterministic';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            value: number | string;
          }
        | {
            kind: 'uniform';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            min: number | string;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            max: number | string;
          }
        | {
            kind: 'truncatedNormal';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean: number | string;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            sd: number | string;
          }
        | {
            kind: 'lognormal';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean?: number | string;
            cv?: number;
            mu?: number;
            sigma?: number;
          }
        | {
            kind: 'gamma';
            shape?: number;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            scale?: number | string;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean?: number | string;
            cv?: number;
          }
        | {
            kind: 'erlang';
            k: number;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean: number | string;
          }
        | {
            kind: 'weibull';
            shape: number;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            scale: number | string;
          }
        | {
            kind: 'hyperexponential';
            probabilities?: number[];
            /**
             * Items: A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            means?: (number | string)[];
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean?: number | string;
            cv?: number;
          }
        | {
            kind: 'triangular';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            min: number | string;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mode: number | string;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            max: number | string;
          }
        | {
            kind: 'empirical';
            /**
             * @minItems 1
             *
             * Items: A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            samples: (number | string)[];
            interpolate?: boolean;
          }
        | {
            kind: 'mixture';
            weights: number[];
            components: Distribution[];
          };
      /**
       * released: the agent's slot is free while the customer composes a reply (the reply is routed again); held: the slot stays busy until the reply.
       */
      slotDuringGap: 'released' | 'held';
      /**
       * With released: the reply goes back to the agent of the previous turn if that agent can take it at once (default true), else it is routed like a new contact; { waitFor } also waits up to that long for that agent to have a free slot.
       */
      sticky?:
        | boolean
        | {
            /**
             * How long a reply whose previous agent cannot take it at once waits for that agent to have a free slot before it is routed like a new contact.
             */
            waitFor: number | string;
          };
      /**
       * A customer who has not replied after this long has stopped: the session ends unresolved then (default: customers always reply).
       */
      timeout?: number | string;
      /**
       * With released: a turn taken by another agent than the previous turn's takes extra work (default: none).
       */
      contextLoss?: {
        /**
         * Extra work on a turn taken by another agent than the previous turn's (re-reading the thread).
         */
        extraTime: (number | string) | Distribution;
      };
      /**
       * A distribution: { kind, ...params }, e.g. { kind: lognormal, mean: 5m, cv: 0.8 }. Time-valued parameters accept durations.
       */
      replyPatience?:
        | {
            kind: 'exponential';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean?: number | string;
            /**
             * A rate: a count per time unit such as '120/h', '2/m', '0.05/s' or '500/d'.
             */
            rate?: string;
          }
        | {
            kind: 'deterministic';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            value: number | string;
          }
        | {
            kind: 'uniform';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            min: number | string;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            max: number | string;
          }
        | {
            kind: 'truncatedNormal';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean: number | string;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            sd: number | string;
          }
        | {
            kind: 'lognormal';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean?: number | string;
            cv?: number;
            mu?: number;
            sigma?: number;
          }
        | {
            kind: 'gamma';
            shape?: number;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            scale?: number | string;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean?: number | string;
            cv?: number;
          }
        | {
            kind: 'erlang';
            k: number;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean: number | string;
          }
        | {
            kind: 'weibull';
            shape: number;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            scale: number | string;
          }
        | {
            kind: 'hyperexponential';
            probabilities?: number[];
            /**
             * Items: A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            means?: (number | string)[];
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mean?: number | string;
            cv?: number;
          }
        | {
            kind: 'triangular';
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            min: number | string;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            mode: number | string;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            max: number | string;
          }
        | {
            kind: 'empirical';
            /**
             * @minItems 1
             *
             * Items: A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            samples: (number | string)[];
            interpolate?: boolean;
          }
        | {
            kind: 'mixture';
            weights: number[];
            components: Distribution[];
          };
      /**
       * With released: the agent group's wrap-up follows every agent turn, not only the session's last (default false).
       */
      wrapUpPerTurn?: boolean;
    };
  }[];
  /**
   * @minItems 1
   */
  agentGroups: {
    name: string;
    site?: string;
    agents:
      | number
      | {
          /**
           * @minItems 1
           */
          perInterval?: number[];
          /**
           * @minItems 1
           */
          shifts?: {
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            start: number | string;
            /**
             * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
             */
            end: number | string;
            agents: number;
            /**
             * @minItems 1
             */
            breaks?: {
              /**
               * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
               */
              length: number | string;
              /**
               * The window the break falls in: [earliest start, latest end], measured from the shift start.
               *
               * @minItems 2
               * @maxItems 2
               *
               * Items: A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
               */
              within: [number | string, number | string];
            }[];
          }[];
          /**
           * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
           */
          interval?: number | string;
          /**
           * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
           */
          period?: number | string;
        };
    skills?: {
      [k: string]: number;
    };
    channels?: {
      voice?: number;
      chat?: number;
      email?: number;
      messaging?: number;
    };
    wrapUp?: Distribution;
    handleTimeFactor?: {
      '1'?: number;
      '2'?: number;
      '3'?: number;
      '4'?: number;
      '5'?: number;
    };
    authority?: boolean;
    /**
     * Share of the time of present agents, off break, withheld from contacts (meetings, training): one share, or one per interval of the day.
     */
    shrinkage?: number | number[];
    /**
     * Probability that a scheduled agent is absent for a whole day (head counts) or a whole shift (shifts).
     */
    absenteeism?: number;
    /**
     * Individual agents: each agent's proficiency, handle-time and resolution factors, and a learning curve.
     */
    individuals?: {
      agents?: {
        /**
         * The agent's name in per-agent results (default <group>#<k>).
         */
        name?: string;
        /**
         * The agent's own proficiency in some of the group's skills, at least the group's level.
         */
        skills?: {
          [k: string]: number;
        };
        handleTimeFactor?: number;
        resolutionFactor?: number;
        /**
         * Contacts of each skill the agent handled before the run (learning; 0 for a new hire).
         */
        experience?: number;
      }[];
      draw?: {
        handleTimeFactor?: Distribution;
        resolutionFactor?: Distribution;
        /**
         * Per skill of the group, the share of agents at each proficiency level (1-5, at least the group's), summing to 1.
         */
        skills?: {
          [k: string]: {
            [k: string]: number;
          };
        };
      };
      learning?: {
        /**
         * Handle-time factor of a new hire (with final and halfLife; all three absent: handle times do not learn).
         */
        initial?: number;
        /**
         * Handle-time factor the agents tend to with experience (with initial and halfLife).
         */
        final?: number;
        /**
         * Contacts after which half the gap between initial and final is closed (with initial and final).
         */
        halfLife?: number;
        experience?: number;
        /**
         * A curve on the agents' resolution factor, same shape, counted per skill: { initial: 0.8, final: 1.1, halfLife: 40 }.
         */
        resolution?: {
          initial: number;
          final: number;
          halfLife: number;
        };
        /**
         * Proficiency rising per skill with contacts handled, from the agent's own level toward final (rounded half up): { final: 5, halfLife: 200 }.
         */
        proficiency?: {
          /**
           * The level (1-5) the agents tend to in each skill they have.
           */
          final: number;
          halfLife: number;
        };
      };
    };
    /**
     * Handle-time multiplier per number of contacts of a channel held at once: { chat: [1, 1.2, 1.5] } means a chat's work progresses at full speed alone, 1/1.2 of it beside one other chat, 1/1.5 beside two. One factor per level up to the group's concurrency.
     */
    slowdown?: {
      /**
       * @minItems 1
       */
      chat?: number[];
      /**
       * @minItems 1
       */
      email?: number[];
      /**
       * @minItems 1
       */
      messaging?: number[];
    };
    /**
     * Interruptible work (preemptive resume): { voice: [email], resumeOverhead: 30s } lets a call that finds no free agent suspend the e-mails an agent is working on; they resume with the same agent after the call, no work lost. Only voice interrupts: it is the one channel that needs the agent alone.
     */
    interruptions?: {
      /**
       * Channels whose contacts in service a voice call may suspend: [email] lets a call take an agent busy with e-mails.
       *
       * @minItems 1
       */
      voice: ('chat' | 'email' | 'messaging')[];
      /**
       * Extra work added to a suspended contact when it resumes (finding one's place again); default 0.
       */
      resumeOverhead?: number | string;
    };
  }[];
  waitingRoom?: {
    voice?: number;
    chat?: number;
    email?: number;
    messaging?: number;
  };
  busyness?: {
    cv: number;
  };
  journey?: {
    context?: 'none' | 'same-channel' | 'omnichannel';
    contextHandleFactor?: number;
    repeatHandleFactor?: number;
    maxContacts?: number;
    /**
     * When a voice or chat customer comes back while nobody who may serve the returning contact type is on duty: 'arrive' (at the drawn time, default) or 'next-opening' (at the start of the next period with such an agent on duty; not at all if none before the horizon).
     */
    returnWhenClosed?: 'arrive' | 'next-opening';
  };
  routing?: {
    policy?: string;
    options?: {
      [k: string]: unknown;
    };
  };
  costs?: {
    currency?: string;
    agentGroups?: {
      [k: string]: {
        perHour?: number;
        perHandledContact?: number;
        perHandledMinute?: number;
      };
    };
    sites?: {
      [k: string]: {
        perHour?: number;
        perHandledContact?: number;
        perHandledMinute?: number;
      };
    };
    channels?: {
      voice?: {
        perContact?: number;
        perHandledMinute?: number;
        perQueueMinute?: number;
        perCallbackAttempt?: number;
        perSelfServiceSession?: number;
      };
      chat?: {
        perContact?: number;
        perHandledMinute?: number;
        perQueueMinute?: number;
        perCallbackAttempt?: number;
        perSelfServiceSession?: number;
      };
      email?: {
        perContact?: number;
        perHandledMinute?: number;
        perQueueMinute?: number;
        perCallbackAttempt?: number;
        perSelfServiceSession?: number;
      };
      messaging?: {
        perContact?: number;
        perHandledMinute?: number;
        perQueueMinute?: number;
        perCallbackAttempt?: number;
        perSelfServiceSession?: number;
      };
    };
    penalties?: {
      perAbandoned?: number;
      perBlocked?: number;
      perBrokenPromise?: number;
      perUnfinished?: number;
      waitBeyond?: {
        /**
         * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
         */
        after: number | string;
        perMinute?: number;
      };
    };
  };
  customerImpact?: {
    churn?: {
      model?: 'hazard' | 'logistic';
      base: number;
      weights?: {
        extraContacts?: number;
        repeatedInformation?: number;
        transfers?: number;
        abandons?: number;
        brokenPromises?: number;
        waitMinutes?: number;
        unresolved?: number;
      };
      bySegment?: {
        [k: string]: {
          base?: number;
          weights?: {
            extraContacts?: number;
            repeatedInformation?: number;
            transfers?: number;
            abandons?: number;
            brokenPromises?: number;
            waitMinutes?: number;
            unresolved?: number;
          };
        };
      };
    };
    effort?: {
      extraContacts?: number;
      repeatedInformation?: number;
      transfers?: number;
      abandons?: number;
      brokenPromises?: number;
      waitMinutes?: number;
      unresolved?: number;
    };
  };
  /**
   * Settings of `routelab optimize` (targets, bounds, costPerAgentHour, shiftTemplates), the same content as a --settings file; --settings keys and --target flags take precedence. A simulation ignores it.
   */
  optimize?: {
    targets?: (
      | string
      | {
          metric: 'service-level' | 'abandonment' | 'asa' | 'fcr' | 'occupancy';
          contactType?: string;
          agentGroup?: string;
          value: number | string;
          /**
           * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
           */
          within?: number | string;
          scope?: 'interval' | 'day';
        }
    )[];
    bounds?: {
      [k: string]: {
        min?: number | number[];
        max?: number | number[];
        fixed?: boolean;
      };
    };
    costPerAgentHour?: {
      [k: string]: number;
    };
    shiftTemplates?: {
      name: string;
      /**
       * @minItems 1
       *
       * Items: A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
       */
      starts: (number | string)[];
      /**
       * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
       */
      length: number | string;
      break?: {
        /**
         * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
         */
        length: number | string;
        /**
         * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
         */
        earliest: number | string;
        /**
         * A duration in seconds, or a string with a unit (s, m (or min), h, d) such as '30s', '5m', '1h30m'.
         */
        latest: number | string;
      };
    }[];
  };
};
