import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { parseListQuery, RawListQuery, sendPage } from '../common/simple-rest';
import { Role, Roles, TokenScopes } from '../identity/access.decorators';
import { ClientIp, CurrentPrincipal } from '../identity/current-principal.decorator';
import type { Principal } from '../identity/principal';
import { SubmissionDto } from '../submissions/dtos/submission.dto';
import { Submission } from '../submissions/entities/submission.entity';
import { SubmissionsService } from '../submissions/submissions.service';
import { ApproveDto, RequestChangesDto, ReviewQueueItemDto } from './dtos/review.dto';
import { Review } from './entities/review.entity';
import { ReviewService } from './review.service';

function queueItem(submission: Submission): ReviewQueueItemDto {
  const events = submission.diffSummary?.byEvent;
  return Object.assign(new ReviewQueueItemDto(), SubmissionDto.of(submission), {
    openings: (events?.opened ?? 0) + (events?.reopened ?? 0) + (events?.planned_opening ?? 0),
    closures: (events?.closed ?? 0) + (events?.planned_closure ?? 0),
    moves: events?.moved ?? 0,
    removals: events?.removal_to_confirm ?? 0,
  });
}

@ApiTags('review')
@ApiBearerAuth()
@Controller()
export class ReviewController {
  constructor(
    private readonly review: ReviewService,
    private readonly submissions: SubmissionsService,
  ) {}

  @Get('review-queue')
  @Roles(Role.Reviewer, Role.Admin)
  @ApiQuery({ name: 'range', required: false, description: 'JSON [début,fin], bornes incluses', example: '[0,24]' })
  @ApiOkResponse({ type: ReviewQueueItemDto, isArray: true, description: 'Soumissions à relire, la plus ancienne d’abord' })
  async queue(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response): Promise<ReviewQueueItemDto[]> {
    const query = parseListQuery({ range: raw.range }, { sortable: ['submittedAt'], defaultSort: { field: 'submittedAt', order: 'ASC' }, filterable: [] });
    const page = await this.review.queue(query.offset, query.limit);
    return sendPage(response, 'review-queue', query.offset, { items: page.items.map(queueItem), total: page.total });
  }

  @Get('submissions/:id/reviews')
  @Roles(Role.Producer, Role.Reviewer, Role.Admin)
  @TokenScopes('submissions:read')
  @ApiOkResponse({ type: Review, isArray: true })
  async reviews(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<Review[]> {
    return this.review.listReviews(await this.submissions.get(id, principal));
  }

  @Post('submissions/:id/approve')
  @HttpCode(200)
  @Roles(Role.Reviewer, Role.Admin)
  @ApiOkResponse({ type: SubmissionDto })
  async approve(@Param('id') id: string, @Body() body: ApproveDto, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string | null): Promise<SubmissionDto> {
    return SubmissionDto.of(await this.review.approve(id, principal, body, ip));
  }

  @Post('submissions/:id/request-changes')
  @HttpCode(200)
  @Roles(Role.Reviewer, Role.Admin)
  @ApiOkResponse({ type: SubmissionDto })
  async requestChanges(@Param('id') id: string, @Body() body: RequestChangesDto, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string | null): Promise<SubmissionDto> {
    return SubmissionDto.of(await this.review.requestChanges(id, principal, body.comment, ip));
  }

  @Post('submissions/:id/cancel-publication')
  @HttpCode(200)
  @Roles(Role.Reviewer, Role.Admin)
  @ApiOkResponse({ type: SubmissionDto })
  async cancelPublication(@Param('id') id: string, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string | null): Promise<SubmissionDto> {
    return SubmissionDto.of(await this.review.cancelPublication(id, principal, ip));
  }
}
