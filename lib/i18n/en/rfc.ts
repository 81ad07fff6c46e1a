// English titles of the RFC recommendations findings name (Recommendation.topic).
import type { RfcTopic } from '../../report/types';

export const rfcTopics: Record<RfcTopic, string> = {
  'one-from-one-date': 'A message has exactly one From and one Date field',
  'date-time': 'Date and time specification',
  'whole-message': 'A message is its whole header section (every field), a blank line, then the body',
  'received-fields': 'Each server that accepts a message adds a Received field naming itself',
  'received-client': 'Each relay adds a Received field with the client\'s IP and HELO',
  'loop-detection': 'Loop detection by counting Received fields',
  'dns-failure-temporary': 'A DNS failure is a temporary error, not a result',
  'report-fault': 'Report the fault',
};
