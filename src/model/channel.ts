/**
 * The channels a contact can come through. The index of a channel in this list is its dense id.
 *
 * - `voice` and `chat` are *online*: the customer waits on the line and may abandon.
 * - `email` and `messaging` are *deferred*: contacts wait in a backlog with a response-time
 *   target and never abandon.
 */
export const CHANNELS = ['voice', 'chat', 'email', 'messaging'] as const;

/** A channel name. */
export type Channel = (typeof CHANNELS)[number];

/** Dense id of the voice channel; a voice contact is exclusive of any other work. */
export const VOICE = 0;

/** Number of channels. */
export const CHANNEL_COUNT = CHANNELS.length;

/** True when customers of this channel wait on line and can abandon (voice, chat). */
export function isOnlineChannel(channel: number): boolean {
  return channel === 0 || channel === 1;
}

/** Dense id of a channel name, or -1. */
export function channelIndex(name: string): number {
  return (CHANNELS as readonly string[]).indexOf(name);
}
