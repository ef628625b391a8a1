import type { Connection } from 'mongoose';
import type { Feed } from '@ioc/kit';
import { stationFeed } from './connectors/stations-json';
import { readingFeed } from './connectors/readings-csv';

/** The monitoring system's feeds, stations first: readings of an unlisted station are rejects. */
export function feeds(conn: Connection): Feed[] {
  return [stationFeed(conn), readingFeed(conn)];
}
