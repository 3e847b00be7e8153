-- AlterTable
ALTER TABLE "composite_methodology" ADD COLUMN     "legal_basis" TEXT,
ADD COLUMN     "region_code" TEXT NOT NULL DEFAULT 'ID',
ADD COLUMN     "source_url" TEXT;

-- CreateTable
CREATE TABLE "composite_result_set" (
    "id" SERIAL NOT NULL,
    "methodology_id" INTEGER NOT NULL,
    "methodology_code" TEXT NOT NULL,
    "parent_code" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "provisional" BOOLEAN NOT NULL,
    "computed_by" TEXT NOT NULL,
    "computed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT,

    CONSTRAINT "composite_result_set_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "composite_result_value" (
    "result_set_id" INTEGER NOT NULL,
    "region_code" TEXT NOT NULL,
    "value" DOUBLE PRECISION,
    "formula" TEXT NOT NULL,
    "missing" TEXT[],
    "steps" JSONB NOT NULL,

    CONSTRAINT "composite_result_value_pkey" PRIMARY KEY ("result_set_id","region_code")
);

-- CreateIndex
CREATE UNIQUE INDEX "composite_result_set_methodology_code_parent_code_period_ve_key" ON "composite_result_set"("methodology_code", "parent_code", "period", "version");

-- AddForeignKey
ALTER TABLE "composite_result_set" ADD CONSTRAINT "composite_result_set_methodology_id_fkey" FOREIGN KEY ("methodology_id") REFERENCES "composite_methodology"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "composite_result_value" ADD CONSTRAINT "composite_result_value_result_set_id_fkey" FOREIGN KEY ("result_set_id") REFERENCES "composite_result_set"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A stored result is evidence of what was computed from what: no statement may change it afterwards.
CREATE FUNCTION refuse_composite_result_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Stored composite index results never change: compute again for a new version.';
END
$$;

CREATE TRIGGER composite_result_set_immutable BEFORE UPDATE ON "composite_result_set"
  FOR EACH ROW EXECUTE FUNCTION refuse_composite_result_change();
CREATE TRIGGER composite_result_value_immutable BEFORE UPDATE ON "composite_result_value"
  FOR EACH ROW EXECUTE FUNCTION refuse_composite_result_change();
