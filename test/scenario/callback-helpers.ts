import { validScenario } from './helpers';

/**
 * {@link validScenario} with a scheduled callback on billing-voice, every field written:
 * offered above 2 m predicted wait, acceptance 0.3 + 0.05 per predicted minute, promised 25 m
 * after the offer within 5 m, 10 % unanswered attempts of 30 s retried after 10 m, 3 attempts.
 */
export function callbackScenario(): Record<string, any> {
  const s = validScenario();
  s.contactTypes[0].callback = {
    mode: 'scheduled',
    offerWhenWaitAbove: '2m',
    predictor: 'queue-position',
    acceptance: { base: 0.3, perMinute: 0.05 },
    promise: '25m',
    window: '5m',
    noAnswer: 0.1,
    attemptTime: '30s',
    retryAfter: '10m',
    maxAttempts: 3,
  };
  return s;
}

/** Path of billing-voice's callback in error messages. */
export const CALLBACK_AT = 'contactTypes[0].callback';
