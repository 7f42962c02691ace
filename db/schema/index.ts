export * from "./audit";
export * from "./organisation";
export * from "./users";
export * from "./register";
export * from "./incidents";
export * from "./consent";
export * from "./exports";
