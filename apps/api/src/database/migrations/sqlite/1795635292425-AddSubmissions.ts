import { MigrationInterface, QueryRunner } from "typeorm";

export class AddSubmissions1795635292425 implements MigrationInterface {
    name = 'AddSubmissions1795635292425'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "reviews" ("id" varchar PRIMARY KEY NOT NULL, "submissionId" varchar NOT NULL, "decision" varchar(20) NOT NULL, "comment" text, "reviewerId" varchar(100) NOT NULL, "reviewerName" varchar(200) NOT NULL, "at" datetime NOT NULL, "publishAt" datetime)`);
        await queryRunner.query(`CREATE INDEX "IDX_reviews_submission_at" ON "reviews" ("submissionId", "at") `);
        await queryRunner.query(`CREATE TABLE "submissions" ("id" varchar PRIMARY KEY NOT NULL, "datasetId" varchar NOT NULL, "organizationId" varchar NOT NULL, "status" varchar(30) NOT NULL, "channel" varchar(10) NOT NULL, "senderType" varchar(20) NOT NULL, "senderId" varchar(100) NOT NULL, "senderName" varchar(200) NOT NULL, "fileName" varchar(255) NOT NULL, "fileKey" varchar(200) NOT NULL, "fileSize" bigint NOT NULL, "checksum" varchar(64) NOT NULL, "detectedFormat" varchar(10), "detectedEncoding" varchar(20), "detectedDelimiter" varchar(4), "mapping" text, "mappingOrigin" varchar(20), "mappingFingerprint" varchar(64) NOT NULL, "schemaName" varchar(100) NOT NULL, "schemaVersion" varchar(40) NOT NULL, "reportKey" varchar(200), "rowCount" integer, "errorCount" integer, "warningCount" integer, "sitesKey" varchar(200), "siteCount" integer, "diffKey" varchar(200), "diffSummary" text, "reusedReportOf" varchar, "failureReason" text, "validationAttempts" integer NOT NULL DEFAULT (0), "publishedVersionId" varchar(100), "publishAt" datetime, "receivedAt" datetime NOT NULL DEFAULT (datetime('now')), "validatedAt" datetime, "submittedAt" datetime, "decidedAt" datetime, "publishedAt" datetime, "updatedAt" datetime NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE INDEX "IDX_submissions_reuse" ON "submissions" ("datasetId", "checksum", "schemaName", "schemaVersion", "mappingFingerprint") `);
        await queryRunner.query(`CREATE INDEX "IDX_submissions_organization_status" ON "submissions" ("organizationId", "status") `);
        await queryRunner.query(`CREATE INDEX "IDX_submissions_dataset_status" ON "submissions" ("datasetId", "status") `);
        await queryRunner.query(`DROP INDEX "UQ_datasets_organization_slug"`);
        await queryRunner.query(`CREATE TABLE "temporary_datasets" ("id" varchar PRIMARY KEY NOT NULL, "organizationId" varchar NOT NULL, "name" varchar(200) NOT NULL, "slug" varchar(120) NOT NULL, "description" text, "schemaName" varchar(100) NOT NULL DEFAULT ('sites-publics'), "schemaVersion" varchar(40) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "mapping" text, "autoSubmit" boolean NOT NULL DEFAULT (0), CONSTRAINT "FK_datasets_organization" FOREIGN KEY ("organizationId") REFERENCES "organizations" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
        await queryRunner.query(`INSERT INTO "temporary_datasets"("id", "organizationId", "name", "slug", "description", "schemaName", "schemaVersion", "createdAt", "updatedAt") SELECT "id", "organizationId", "name", "slug", "description", "schemaName", "schemaVersion", "createdAt", "updatedAt" FROM "datasets"`);
        await queryRunner.query(`DROP TABLE "datasets"`);
        await queryRunner.query(`ALTER TABLE "temporary_datasets" RENAME TO "datasets"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_datasets_organization_slug" ON "datasets" ("organizationId", "slug") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "UQ_datasets_organization_slug"`);
        await queryRunner.query(`ALTER TABLE "datasets" RENAME TO "temporary_datasets"`);
        await queryRunner.query(`CREATE TABLE "datasets" ("id" varchar PRIMARY KEY NOT NULL, "organizationId" varchar NOT NULL, "name" varchar(200) NOT NULL, "slug" varchar(120) NOT NULL, "description" text, "schemaName" varchar(100) NOT NULL DEFAULT ('sites-publics'), "schemaVersion" varchar(40) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_datasets_organization" FOREIGN KEY ("organizationId") REFERENCES "organizations" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
        await queryRunner.query(`INSERT INTO "datasets"("id", "organizationId", "name", "slug", "description", "schemaName", "schemaVersion", "createdAt", "updatedAt") SELECT "id", "organizationId", "name", "slug", "description", "schemaName", "schemaVersion", "createdAt", "updatedAt" FROM "temporary_datasets"`);
        await queryRunner.query(`DROP TABLE "temporary_datasets"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_datasets_organization_slug" ON "datasets" ("organizationId", "slug") `);
        await queryRunner.query(`DROP INDEX "IDX_submissions_dataset_status"`);
        await queryRunner.query(`DROP INDEX "IDX_submissions_organization_status"`);
        await queryRunner.query(`DROP INDEX "IDX_submissions_reuse"`);
        await queryRunner.query(`DROP TABLE "submissions"`);
        await queryRunner.query(`DROP INDEX "IDX_reviews_submission_at"`);
        await queryRunner.query(`DROP TABLE "reviews"`);
    }

}
