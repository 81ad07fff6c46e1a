// The typed messages between the extension's pages and its background service worker.
// Large texts do not travel in messages: they go through browser storage (extension/captures.ts)
// and only an id crosses this boundary.
import { defineExtensionMessaging } from '@webext-core/messaging';

export interface ProtocolMap {
  /** A page hands a message source to the background, which opens the report tab on it. */
  openReport(data: { captureId: string }): { tabId: number | undefined };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
