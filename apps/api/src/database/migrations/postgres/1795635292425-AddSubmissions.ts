import { MigrationInterface, QueryRunner } from "typeorm";

export class AddSubmissions1795635292425 implements MigrationInterface {
    name = 'AddSubmissions1795635292425'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "reviews" ("id" uuid NOT NULL, "submissionId" uuid NOT NULL, "decision" character varying(20) NOT NULL, "comment" text, "reviewerId" character varying(100) NOT NULL, "reviewerName" character varying(200) NOT NULL, "at" TIMESTAMP NOT NULL, "publishAt" TIMESTAMP, CONSTRAINT "PK_231ae565c273ee700b283f15c1d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_reviews_submission_at" ON "reviews"  ("submissionId", "at") `);
        await queryRunner.query(`CREATE TABLE "submissions" ("id" uuid NOT NULL, "datasetId" uuid NOT NULL, "organizationId" uuid NOT NULL, "status" character varying(30) NOT NULL, "channel" character varying(10) NOT NULL, "senderType" character varying(20) NOT NULL, "senderId" character varying(100) NOT NULL, "senderName" character varying(200) NOT NULL, "fileName" character varying(255) NOT NULL, "fileKey" character varying(200) NOT NULL, "fileSize" bigint NOT NULL, "checksum" character varying(64) NOT NULL, "detectedFormat" character varying(10), "detectedEncoding" character varying(20), "detectedDelimiter" character varying(4), "mapping" text, "mappingOrigin" character varying(20), "mappingFingerprint" character varying(64) NOT NULL, "schemaName" character varying(100) NOT NULL, "schemaVersion" character varying(40) NOT NULL, "reportKey" character varying(200), "rowCount" integer, "errorCount" integer, "warningCount" integer, "sitesKey" character varying(200), "siteCount" integer, "diffKey" character varying(200), "diffSummary" text, "reusedReportOf" uuid, "failureReason" text, "validationAttempts" integer NOT NULL DEFAULT '0', "publishedVersionId" character varying(100), "publishAt" TIMESTAMP, "receivedAt" TIMESTAMP NOT NULL DEFAULT now(), "validatedAt" TIMESTAMP, "submittedAt" TIMESTAMP, "decidedAt" TIMESTAMP, "publishedAt" TIMESTAMP, "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "PK_10b3be95b8b2fb1e482e07d706b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_submissions_reuse" ON "submissions"  ("datasetId", "checksum", "schemaName", "schemaVersion", "mappingFingerprint") `);
        await queryRunner.query(`CREATE INDEX "IDX_submissions_organization_status" ON "submissions"  ("organizationId", "status") `);
        await queryRunner.query(`CREATE INDEX "IDX_submissions_dataset_status" ON "submissions"  ("datasetId", "status") `);
        await queryRunner.query(`ALTER TABLE "datasets" ADD "mapping" text`);
        await queryRunner.query(`ALTER TABLE "datasets" ADD "autoSubmit" boolean NOT NULL DEFAULT false`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "datasets" DROP COLUMN "autoSubmit"`);
        await queryRunner.query(`ALTER TABLE "datasets" DROP COLUMN "mapping"`);
        await queryRunner.query(`DROP INDEX "IDX_submissions_dataset_status"`);
        await queryRunner.query(`DROP INDEX "IDX_submissions_organization_status"`);
        await queryRunner.query(`DROP INDEX "IDX_submissions_reuse"`);
        await queryRunner.query(`DROP TABLE "submissions"`);
        await queryRunner.query(`DROP INDEX "IDX_reviews_submission_at"`);
        await queryRunner.query(`DROP TABLE "reviews"`);
    }

}
