import { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795634651829 implements MigrationInterface {
    name = 'Initial1795634651829'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "audit_events" ("id" varchar PRIMARY KEY NOT NULL, "at" datetime NOT NULL, "actorType" varchar(20) NOT NULL, "actorId" varchar(100), "actorName" varchar(200), "organizationId" varchar(36), "channel" varchar(10) NOT NULL, "ip" varchar(64), "action" varchar(80) NOT NULL, "targetType" varchar(40), "targetId" varchar(100), "details" text)`);
        await queryRunner.query(`CREATE INDEX "IDX_audit_events_at" ON "audit_events" ("at") `);
        await queryRunner.query(`CREATE INDEX "IDX_audit_events_action_at" ON "audit_events" ("action", "at") `);
        await queryRunner.query(`CREATE INDEX "IDX_audit_events_organization_at" ON "audit_events" ("organizationId", "at") `);
        await queryRunner.query(`CREATE TABLE "organizations" ("id" varchar PRIMARY KEY NOT NULL, "name" varchar(200) NOT NULL, "slug" varchar(120) NOT NULL, "siren" varchar(9), "kind" varchar(20) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_organizations_slug" ON "organizations" ("slug") `);
        await queryRunner.query(`CREATE TABLE "datasets" ("id" varchar PRIMARY KEY NOT NULL, "organizationId" varchar NOT NULL, "name" varchar(200) NOT NULL, "slug" varchar(120) NOT NULL, "description" text, "schemaName" varchar(100) NOT NULL DEFAULT ('sites-publics'), "schemaVersion" varchar(40) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_datasets_organization_slug" ON "datasets" ("organizationId", "slug") `);
        await queryRunner.query(`CREATE TABLE "api_tokens" ("id" varchar PRIMARY KEY NOT NULL, "organizationId" varchar NOT NULL, "name" varchar(100) NOT NULL, "scopes" text NOT NULL, "prefix" varchar(16) NOT NULL, "secretHash" varchar(64) NOT NULL, "createdById" varchar(100), "createdByName" varchar(200), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "expiresAt" datetime, "lastUsedAt" datetime, "lastUsedIp" varchar(64), "revokedAt" datetime)`);
        await queryRunner.query(`CREATE INDEX "IDX_api_tokens_organization" ON "api_tokens" ("organizationId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_api_tokens_secret_hash" ON "api_tokens" ("secretHash") `);
        await queryRunner.query(`CREATE TABLE "revoked_access_tokens" ("tokenId" varchar(64) PRIMARY KEY NOT NULL, "expiresAt" datetime NOT NULL, "revokedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE INDEX "IDX_revoked_access_tokens_expires_at" ON "revoked_access_tokens" ("expiresAt") `);
        await queryRunner.query(`CREATE TABLE "users" ("id" varchar PRIMARY KEY NOT NULL, "username" varchar(80) NOT NULL, "passwordHash" varchar(255) NOT NULL, "roles" text NOT NULL, "organizationIds" text NOT NULL, "active" boolean NOT NULL DEFAULT (1), "lastLoginAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_users_username" ON "users" ("username") `);
        await queryRunner.query(`CREATE TABLE "jobs" ("id" varchar PRIMARY KEY NOT NULL, "name" varchar(100) NOT NULL, "payload" text NOT NULL, "status" varchar(20) NOT NULL, "attemptsMade" integer NOT NULL DEFAULT (0), "maxAttempts" integer NOT NULL, "backoffMs" integer NOT NULL, "runAt" datetime NOT NULL, "lockedBy" varchar(36), "lockedUntil" datetime, "lastError" text, "finishedAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE INDEX "IDX_jobs_status_run_at" ON "jobs" ("status", "runAt") `);
        await queryRunner.query(`DROP INDEX "UQ_datasets_organization_slug"`);
        await queryRunner.query(`CREATE TABLE "temporary_datasets" ("id" varchar PRIMARY KEY NOT NULL, "organizationId" varchar NOT NULL, "name" varchar(200) NOT NULL, "slug" varchar(120) NOT NULL, "description" text, "schemaName" varchar(100) NOT NULL DEFAULT ('sites-publics'), "schemaVersion" varchar(40) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_datasets_organization" FOREIGN KEY ("organizationId") REFERENCES "organizations" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
        await queryRunner.query(`INSERT INTO "temporary_datasets"("id", "organizationId", "name", "slug", "description", "schemaName", "schemaVersion", "createdAt", "updatedAt") SELECT "id", "organizationId", "name", "slug", "description", "schemaName", "schemaVersion", "createdAt", "updatedAt" FROM "datasets"`);
        await queryRunner.query(`DROP TABLE "datasets"`);
        await queryRunner.query(`ALTER TABLE "temporary_datasets" RENAME TO "datasets"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_datasets_organization_slug" ON "datasets" ("organizationId", "slug") `);
        await queryRunner.query(`DROP INDEX "IDX_api_tokens_organization"`);
        await queryRunner.query(`DROP INDEX "UQ_api_tokens_secret_hash"`);
        await queryRunner.query(`CREATE TABLE "temporary_api_tokens" ("id" varchar PRIMARY KEY NOT NULL, "organizationId" varchar NOT NULL, "name" varchar(100) NOT NULL, "scopes" text NOT NULL, "prefix" varchar(16) NOT NULL, "secretHash" varchar(64) NOT NULL, "createdById" varchar(100), "createdByName" varchar(200), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "expiresAt" datetime, "lastUsedAt" datetime, "lastUsedIp" varchar(64), "revokedAt" datetime, CONSTRAINT "FK_8ef95b0556ebce3a4dcdba82359" FOREIGN KEY ("organizationId") REFERENCES "organizations" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`INSERT INTO "temporary_api_tokens"("id", "organizationId", "name", "scopes", "prefix", "secretHash", "createdById", "createdByName", "createdAt", "expiresAt", "lastUsedAt", "lastUsedIp", "revokedAt") SELECT "id", "organizationId", "name", "scopes", "prefix", "secretHash", "createdById", "createdByName", "createdAt", "expiresAt", "lastUsedAt", "lastUsedIp", "revokedAt" FROM "api_tokens"`);
        await queryRunner.query(`DROP TABLE "api_tokens"`);
        await queryRunner.query(`ALTER TABLE "temporary_api_tokens" RENAME TO "api_tokens"`);
        await queryRunner.query(`CREATE INDEX "IDX_api_tokens_organization" ON "api_tokens" ("organizationId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_api_tokens_secret_hash" ON "api_tokens" ("secretHash") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "UQ_api_tokens_secret_hash"`);
        await queryRunner.query(`DROP INDEX "IDX_api_tokens_organization"`);
        await queryRunner.query(`ALTER TABLE "api_tokens" RENAME TO "temporary_api_tokens"`);
        await queryRunner.query(`CREATE TABLE "api_tokens" ("id" varchar PRIMARY KEY NOT NULL, "organizationId" varchar NOT NULL, "name" varchar(100) NOT NULL, "scopes" text NOT NULL, "prefix" varchar(16) NOT NULL, "secretHash" varchar(64) NOT NULL, "createdById" varchar(100), "createdByName" varchar(200), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "expiresAt" datetime, "lastUsedAt" datetime, "lastUsedIp" varchar(64), "revokedAt" datetime)`);
        await queryRunner.query(`INSERT INTO "api_tokens"("id", "organizationId", "name", "scopes", "prefix", "secretHash", "createdById", "createdByName", "createdAt", "expiresAt", "lastUsedAt", "lastUsedIp", "revokedAt") SELECT "id", "organizationId", "name", "scopes", "prefix", "secretHash", "createdById", "createdByName", "createdAt", "expiresAt", "lastUsedAt", "lastUsedIp", "revokedAt" FROM "temporary_api_tokens"`);
        await queryRunner.query(`DROP TABLE "temporary_api_tokens"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_api_tokens_secret_hash" ON "api_tokens" ("secretHash") `);
        await queryRunner.query(`CREATE INDEX "IDX_api_tokens_organization" ON "api_tokens" ("organizationId") `);
        await queryRunner.query(`DROP INDEX "UQ_datasets_organization_slug"`);
        await queryRunner.query(`ALTER TABLE "datasets" RENAME TO "temporary_datasets"`);
        await queryRunner.query(`CREATE TABLE "datasets" ("id" varchar PRIMARY KEY NOT NULL, "organizationId" varchar NOT NULL, "name" varchar(200) NOT NULL, "slug" varchar(120) NOT NULL, "description" text, "schemaName" varchar(100) NOT NULL DEFAULT ('sites-publics'), "schemaVersion" varchar(40) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`INSERT INTO "datasets"("id", "organizationId", "name", "slug", "description", "schemaName", "schemaVersion", "createdAt", "updatedAt") SELECT "id", "organizationId", "name", "slug", "description", "schemaName", "schemaVersion", "createdAt", "updatedAt" FROM "temporary_datasets"`);
        await queryRunner.query(`DROP TABLE "temporary_datasets"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_datasets_organization_slug" ON "datasets" ("organizationId", "slug") `);
        await queryRunner.query(`DROP INDEX "IDX_jobs_status_run_at"`);
        await queryRunner.query(`DROP TABLE "jobs"`);
        await queryRunner.query(`DROP INDEX "UQ_users_username"`);
        await queryRunner.query(`DROP TABLE "users"`);
        await queryRunner.query(`DROP INDEX "IDX_revoked_access_tokens_expires_at"`);
        await queryRunner.query(`DROP TABLE "revoked_access_tokens"`);
        await queryRunner.query(`DROP INDEX "UQ_api_tokens_secret_hash"`);
        await queryRunner.query(`DROP INDEX "IDX_api_tokens_organization"`);
        await queryRunner.query(`DROP TABLE "api_tokens"`);
        await queryRunner.query(`DROP INDEX "UQ_datasets_organization_slug"`);
        await queryRunner.query(`DROP TABLE "datasets"`);
        await queryRunner.query(`DROP INDEX "UQ_organizations_slug"`);
        await queryRunner.query(`DROP TABLE "organizations"`);
        await queryRunner.query(`DROP INDEX "IDX_audit_events_organization_at"`);
        await queryRunner.query(`DROP INDEX "IDX_audit_events_action_at"`);
        await queryRunner.query(`DROP INDEX "IDX_audit_events_at"`);
        await queryRunner.query(`DROP TABLE "audit_events"`);
    }

}
