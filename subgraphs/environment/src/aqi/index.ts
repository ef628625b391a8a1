/** VN_AQI per QĐ 1459/QĐ-TCMT (Tổng cục Môi trường, 12/11/2019). */
export * from './breakpoints';
export * from './index-formula';
export * from './nowcast';
export * from './hourly';
export * from './daily';
