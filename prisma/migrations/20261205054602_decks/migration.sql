-- CreateTable
CREATE TABLE "deck" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "title" TEXT NOT NULL,
    "owner_id" INTEGER NOT NULL,
    "region_code" TEXT,
    "link_sharing" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "deck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "deck_slide" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "deck_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "chart" TEXT NOT NULL,
    "view" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "headline" TEXT,
    "notes" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "deck_slide_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "deck_owner_id_updated_at_idx" ON "deck"("owner_id", "updated_at");

-- CreateIndex
CREATE UNIQUE INDEX "deck_slide_deck_id_position_key" ON "deck_slide"("deck_id", "position");

-- AddForeignKey
ALTER TABLE "deck" ADD CONSTRAINT "deck_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deck" ADD CONSTRAINT "deck_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deck_slide" ADD CONSTRAINT "deck_slide_deck_id_fkey" FOREIGN KEY ("deck_id") REFERENCES "deck"("id") ON DELETE CASCADE ON UPDATE CASCADE;
