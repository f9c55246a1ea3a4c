import { channelIndex, isOnlineChannel } from '../model/channel';
import type { IssueList, PathElement } from './errors';
import { record, stringOr } from './raw-input';

/**
 * Checks of callback offers that span fields: only voice and chat contacts can be offered a
 * callback (email and messaging customers do not wait on the line), and `promise` goes with
 * scheduled mode: required there, an error in virtual-hold mode (whose promise follows from the
 * predicted wait). Reads the raw input leniently, like the rest of the cross-reference pass, so
 * these errors come together with the schema's.
 *
 * @module
 */

/**
 * Checks the `callback` of every contact type.
 *
 * @param types - the raw `contactTypes` list
 * @param out - where errors go
 */
export function checkCallbacks(types: readonly unknown[], out: IssueList): void {
  types.forEach((item, i) => {
    const type = record(item);
    const callback = record(type?.['callback']);
    if (type === undefined || callback === undefined) return;
    const path: PathElement[] = ['contactTypes', i, 'callback'];
    const channel = stringOr(type['channel'], 'voice');
    if (channel !== undefined && channelIndex(channel) >= 0 && !isOnlineChannel(channelIndex(channel))) {
      out.add(path, `only voice and chat contacts can be offered a callback; remove callback for channel '${channel}'`);
    }
    const mode = callback['mode'];
    const promise = callback['promise'];
    if (mode === 'scheduled' && promise === undefined) {
      out.add([...path, 'promise'], 'required in scheduled mode: how long after the offer the customer is called back, e.g. 25m');
    } else if (mode === 'virtual-hold' && promise !== undefined) {
      out.add(
        [...path, 'promise'],
        "only applies to mode 'scheduled'; a virtual-hold callback is promised within the predicted wait plus window, so remove promise",
      );
    }
  });
}
