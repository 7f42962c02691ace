export * from "./audit";
export * from "./organisation";
export * from "./users";
export * from "./consent";
